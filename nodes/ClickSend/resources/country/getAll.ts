import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Country → Get Many (`GET /countries`, ClickSend "Get all Countries"): ClickSend answers every country at once. */
export const countryGetManyDescription: INodeProperties[] = [...returnAllAndLimit('country', 'getAll')];
