import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { historyFiltersField } from '../../shared/historyFilters';

/** Fields of Voice → Get Many (`GET /voice/history`, ClickSend "Get Voice History"). */
export const voiceGetManyDescription: INodeProperties[] = [...returnAllAndLimit('voice', 'getAll'), historyFiltersField('voice', 'getAll', 'calls made')];
