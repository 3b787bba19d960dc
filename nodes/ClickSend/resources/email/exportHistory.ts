import type { INodeProperties } from 'n8n-workflow';

import { exportFilenameField } from '../../shared/messagingFields';

/**
 * Fields of Email → Export History (`GET /email/history/export?filename=…`, ClickSend "Export
 * History"): ClickSend answers with the URL of a CSV file of the email history.
 */
export const emailExportHistoryDescription: INodeProperties[] = [exportFilenameField('email', 'exportHistory', 'email-history.csv')];
