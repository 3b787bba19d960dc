import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { historyFiltersField } from '../../shared/historyFilters';

/** Fields of MMS → Get Many (`GET /mms/history?q=…&order_by=…&date_from=…&date_to=…`, ClickSend "Get MMS History"). */
export const mmsGetManyDescription: INodeProperties[] = [...returnAllAndLimit('mms', 'getAll'), historyFiltersField('mms', 'getAll')];
