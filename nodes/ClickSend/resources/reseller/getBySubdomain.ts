import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/** Fields of Reseller → Get by Subdomain (`GET /reseller/{subdomain}`, ClickSend "Reseller By Subdomain"): a reseller's public branding. */
export const resellerGetBySubdomainDescription: INodeProperties[] = [
	{
		displayName: 'Subdomain',
		name: 'subdomain',
		type: 'string',
		required: true,
		displayOptions: { show: showFor('reseller', 'getBySubdomain') },
		default: '',
		placeholder: 'mysubdomain',
		description: "The reseller's dashboard subdomain",
	},
];
