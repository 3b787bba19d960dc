import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { getContactLists } from './listSearch/getContactLists';
import { accountDescription } from './resources/account';
import { smsDescription } from './resources/sms';
import { executeRequest } from './shared/transport';

/**
 * ClickSend (declarative): every operation is routed from its resource/operation description;
 * `executeRequest` runs each item's request (errors, per-message status, retries, pairedItem).
 */
export class ClickSend implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickSend',
		name: 'clickSend',
		icon: { light: 'file:clicksend.svg', dark: 'file:clicksend.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Send SMS, MMS, voice, email, fax and post, and manage contacts with ClickSend',
		defaults: { name: 'ClickSend' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickSendApi', required: true }],
		requestDefaults: {
			baseURL: '={{ String($credentials.baseUrl || "https://rest.clicksend.com/v3").trim().replace(/\\/+$/, "") }}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		},
		requestOperations: { pagination: executeRequest },
		properties: [
			{
				// Routes every operation through the shared executor (n8n calls it for "paginated" requests).
				displayName: 'Request Executor',
				name: 'requestExecutor',
				type: 'hidden',
				default: '',
				routing: { send: { paginate: true } },
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'SMS', value: 'sms' },
				],
				default: 'sms',
			},
			...accountDescription,
			...smsDescription,
		],
	};

	methods = {
		listSearch: {
			getContactLists,
		},
	};
}
