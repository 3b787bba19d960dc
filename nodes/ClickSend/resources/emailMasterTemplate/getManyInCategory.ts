import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { templateCategoryLocator } from '../emailTemplate/locator';

/**
 * Fields of Email Master Template → Get Many in Category
 * (`GET /email/master-templates-categories/{category_id}/master-templates`, ClickSend "Get All Templates For Category").
 */
export const emailMasterTemplateGetManyInCategoryDescription: INodeProperties[] = [
	templateCategoryLocator({ displayOptions: { show: showFor('emailMasterTemplate', 'getAllInCategory') } }),
	...returnAllAndLimit('emailMasterTemplate', 'getAllInCategory'),
];
