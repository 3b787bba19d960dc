import type { INodeProperties } from 'n8n-workflow';

import { exportFilenameField } from '../../shared/messagingFields';

/** Fields of SMS → Export History (`GET /sms/history/export?filename=…`, ClickSend "Export SMS History"). */
export const smsExportHistoryDescription: INodeProperties[] = [exportFilenameField('sms', 'exportHistory', 'sms-history.csv')];
