import type { INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { emailMasterTemplateGetDescription } from './get';
import { emailMasterTemplateGetCategoryDescription } from './getCategory';
import { emailMasterTemplateGetManyDescription } from './getMany';
import { emailMasterTemplateGetManyCategoriesDescription } from './getManyCategories';
import { emailMasterTemplateGetManyInCategoryDescription } from './getManyInCategory';

/**
 * Resource "Email Master Template" (ClickSend Email Marketing): the ready-made templates and
 * categories ClickSend offers; create your own template from one with Email Template → Create.
 */
export const emailMasterTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['emailMasterTemplate'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a master email template',
				description: 'Get one of the master templates ClickSend offers',
				routing: {
					request: { method: 'GET', url: '/email/master-templates/{masterTemplateId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Category',
				value: 'getCategory',
				action: 'Get a master template category',
				description: 'Get one master template category',
				routing: {
					request: { method: 'GET', url: '/email/master-templates-categories/{categoryId}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many master email templates',
				description: 'List the master templates ClickSend offers',
				routing: { request: { method: 'GET', url: '/email/master-templates' } },
			},
			{
				name: 'Get Many Categories',
				value: 'getAllCategories',
				action: 'Get many master template categories',
				description: 'List the master template categories',
				routing: { request: { method: 'GET', url: '/email/master-templates-categories' } },
			},
			{
				name: 'Get Many in Category',
				value: 'getAllInCategory',
				action: 'Get many master email templates in a category',
				description: 'List the master templates of one category, with their HTML',
				routing: { request: { method: 'GET', url: '/email/master-templates-categories/{categoryId}/master-templates' } },
			},
		],
		default: 'getAll',
	},
	...emailMasterTemplateGetDescription,
	...emailMasterTemplateGetCategoryDescription,
	...emailMasterTemplateGetManyDescription,
	...emailMasterTemplateGetManyCategoriesDescription,
	...emailMasterTemplateGetManyInCategoryDescription,
];
