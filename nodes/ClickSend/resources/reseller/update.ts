import type { INodeProperties } from 'n8n-workflow';

import { flagField } from '../../shared/accountFields';
import { bodyField, showFor } from '../../shared/descriptions';

const show = showFor('reseller', 'update');

const field = (displayName: string, name: string, property: string, extra: Partial<INodeProperties>) =>
	bodyField(displayName, name, property, { required: true, displayOptions: { show }, ...extra });

/**
 * Fields of Reseller → Update Settings (`PUT /reseller`, ClickSend "Update Reseller Setting"):
 * ClickSend requires every setting with each update. Margins are percentages; the trial balance
 * is in the account currency.
 */
export const resellerUpdateDescription: INodeProperties[] = [
	field('Company Name', 'companyName', 'company_name', { description: 'Company name shown to your clients' }),
	field('Subdomain', 'subdomain', 'subdomain', { placeholder: 'mysubdomain', description: "Subdomain of your clients' dashboard" }),
	{
		...flagField(
			{ displayName: 'Allow Public Signups', name: 'allowPublicSignups', description: 'Whether anyone can sign up as your client on your subdomain' },
			'allow_public_signups',
		),
		displayOptions: { show },
	},
	field('Default Margin', 'defaultMargin', 'default_margin', {
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		description: 'Margin added to message prices for your clients, in percent',
	}),
	field('Default Margin Numbers', 'defaultMarginNumbers', 'default_margin_numbers', {
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		description: 'Margin added to dedicated number prices for your clients, in percent',
	}),
	field('Trial Balance', 'trialBalance', 'trial_balance', {
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description: 'Credit new clients start with, in your account currency',
	}),
	field('Navigation Colour', 'colourNavigation', 'colour_navigation', {
		type: 'color',
		default: '#9999FF',
		description: "Colour of the navigation bar in your clients' dashboard",
	}),
	field('Logo URL (Light)', 'logoUrlLight', 'logo_url_light', { placeholder: 'https://example.com/logo-light.png', description: 'Logo for light backgrounds' }),
	field('Logo URL (Dark)', 'logoUrlDark', 'logo_url_dark', { placeholder: 'https://example.com/logo-dark.png', description: 'Logo for dark backgrounds' }),
];
