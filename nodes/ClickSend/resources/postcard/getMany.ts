import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Postcard → Get Many (`GET /post/postcards/history`, ClickSend "Get Postcard History"). */
export const postcardGetManyDescription: INodeProperties[] = [...returnAllAndLimit('postcard', 'getAll')];
