import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Email Master Template → Get Many (`GET /email/master-templates`, ClickSend "Get All Master Email Templates"). */
export const emailMasterTemplateGetManyDescription: INodeProperties[] = [...returnAllAndLimit('emailMasterTemplate', 'getAll')];
