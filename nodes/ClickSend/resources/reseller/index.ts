import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { amountValue, httpUrl, requiredText, validate } from '../../shared/validation';
import { resellerGetDescription } from './get';
import { resellerGetBySubdomainDescription } from './getBySubdomain';
import { resellerUpdateDescription } from './update';

/**
 * preSend of Reseller → Update Settings (ClickSend requires every setting): Company Name, Subdomain
 * and Navigation Colour are text with something in it (trimmed), the logo URLs http(s) URLs, the
 * margins (percent) and the trial balance numbers, 0 or more (never left out).
 * @throws InvalidFieldError naming the field otherwise (e.g. a list, a blank name, -20, "abc", "1,000", nothing).
 */
const checkSettings = validate(function (options) {
	const body = (options.body ?? {}) as IDataObject;
	for (const [key, label] of [
		['company_name', 'Company Name'],
		['subdomain', 'Subdomain'],
		['colour_navigation', 'Navigation Colour'],
	] as const) {
		body[key] = requiredText(body[key], label);
	}
	body.logo_url_light = httpUrl(body.logo_url_light, 'Logo URL (Light)');
	body.logo_url_dark = httpUrl(body.logo_url_dark, 'Logo URL (Dark)');
	for (const [key, label] of [
		['default_margin', 'Default Margin'],
		['default_margin_numbers', 'Default Margin Numbers'],
		['trial_balance', 'Trial Balance'],
	] as const) {
		// Always checked: an expression giving nothing (a missing key) leaves the property out, which ClickSend refuses.
		body[key] = amountValue(body[key], label);
	}
});

/** Resource "Reseller": the Operation option (each with its ClickSend route) and every operation's fields. */
export const resellerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['reseller'] } },
		options: [
			{
				name: 'Get by Subdomain',
				value: 'getBySubdomain',
				action: 'Get a reseller by subdomain',
				description: "Get a reseller's public branding (company name, logos, colour) by its subdomain",
				routing: {
					request: { method: 'GET', url: '/reseller/{subdomain}' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Settings',
				value: 'get',
				action: 'Get the reseller settings',
				description: 'Get your reseller settings: subdomain, margins, trial balance, branding',
				routing: {
					request: { method: 'GET', url: '/reseller' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Update Settings',
				value: 'update',
				action: 'Update the reseller settings',
				description: 'Update your reseller settings: subdomain, margins, trial balance, branding',
				routing: {
					request: { method: 'PUT', url: '/reseller' },
					send: { preSend: [checkSettings] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'get',
	},
	...resellerGetDescription,
	...resellerGetBySubdomainDescription,
	...resellerUpdateDescription,
];
