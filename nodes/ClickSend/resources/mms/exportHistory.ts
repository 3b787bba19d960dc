import type { INodeProperties } from 'n8n-workflow';

import { exportFilenameField } from '../../shared/messagingFields';

/** Fields of MMS → Export History (`GET /mms/history/export?filename=…`, ClickSend "Export MMS History"). */
export const mmsExportHistoryDescription: INodeProperties[] = [exportFilenameField('mms', 'exportHistory', 'mms-history.csv')];
