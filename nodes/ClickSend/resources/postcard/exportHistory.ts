import type { INodeProperties } from 'n8n-workflow';

import { exportFilenameField } from '../../shared/messagingFields';

/** Fields of Postcard → Export History (`GET /post/postcards/export?filename=…`, ClickSend "Export Postcard History"). */
export const postcardExportHistoryDescription: INodeProperties[] = [exportFilenameField('postcard', 'exportHistory', 'postcard-history.csv')];
