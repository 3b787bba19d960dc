import type { INodeProperties } from 'n8n-workflow';

import { exportFilenameField } from '../../shared/messagingFields';

/** Fields of Letter → Export History (`GET /post/letters/history/export?filename=…`, ClickSend "Export Post Letter History"). */
export const letterExportHistoryDescription: INodeProperties[] = [exportFilenameField('letter', 'exportHistory', 'letter-history.csv')];
