import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Letter → Get Many (`GET /post/letters/history`, ClickSend "Get Post Letter History"). */
export const letterGetManyDescription: INodeProperties[] = [...returnAllAndLimit('letter', 'getAll')];
