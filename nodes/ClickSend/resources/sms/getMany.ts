import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { historyFiltersField } from '../../shared/historyFilters';

/** Fields of SMS → Get Many (`GET /sms/history`, ClickSend "Get all history"). */
export const smsGetManyDescription: INodeProperties[] = [...returnAllAndLimit('sms', 'getAll'), historyFiltersField('sms', 'getAll')];
