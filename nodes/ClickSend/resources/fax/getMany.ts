import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { historyFiltersField } from '../../shared/historyFilters';

/** Fields of Fax → Get Many (`GET /fax/history?date_from=…&date_to=…&q=…&order_by=…`, ClickSend "Get Fax History"). */
export const faxGetManyDescription: INodeProperties[] = [...returnAllAndLimit('fax', 'getAll'), historyFiltersField('fax', 'getAll')];
