import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Email Master Template → Get Many Categories (`GET /email/master-templates-categories`, ClickSend "Get All Master Template Categories"). */
export const emailMasterTemplateGetManyCategoriesDescription: INodeProperties[] = [
	...returnAllAndLimit('emailMasterTemplate', 'getAllCategories'),
];
