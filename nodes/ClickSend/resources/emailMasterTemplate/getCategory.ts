import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { templateCategoryLocator } from '../emailTemplate/locator';

/** Fields of Email Master Template → Get Category (`GET /email/master-templates-categories/{category_id}`, ClickSend "Get Specific Email Template Category"). */
export const emailMasterTemplateGetCategoryDescription: INodeProperties[] = [
	templateCategoryLocator({ displayOptions: { show: showFor('emailMasterTemplate', 'getCategory') } }),
];
