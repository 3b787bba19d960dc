import type { INodeProperties } from 'n8n-workflow';

import { exportFilenameField } from '../../shared/messagingFields';

/** Fields of Fax → Export History (`GET /fax/history/export?filename=…`, ClickSend "Export Fax History"). */
export const faxExportHistoryDescription: INodeProperties[] = [exportFilenameField('fax', 'exportHistory', 'fax-history.csv')];
