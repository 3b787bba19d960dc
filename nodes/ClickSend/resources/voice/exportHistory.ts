import type { INodeProperties } from 'n8n-workflow';

import { exportFilenameField } from '../../shared/messagingFields';

/** Fields of Voice → Export History (`GET /voice/history/export?filename=…`, ClickSend "Export Voice History"). */
export const voiceExportHistoryDescription: INodeProperties[] = [exportFilenameField('voice', 'exportHistory', 'voice-history.csv')];
