import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { historyFiltersField } from '../../shared/historyFilters';

/** Fields of Email → Get Many (`GET /email/history`, ClickSend "Email History"): sent transactional emails. */
export const emailGetManyDescription: INodeProperties[] = [...returnAllAndLimit('email', 'getAll'), historyFiltersField('email', 'getAll', 'emails sent')];
