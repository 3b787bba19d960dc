import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { countryIntoPath, InvalidFieldError, isBlank, textValue, validate } from '../../shared/validation';
import { pricingGetDescription } from './get';

/**
 * preSend of Pricing → Get: the currency, when set, is a three-letter code (upper-cased); a blank
 * one (an empty spreadsheet cell, null) uses the account currency, as an empty field does.
 * @throws InvalidFieldError "Currency" before any request.
 */
const checkCurrency = validate(function (options) {
	const qs = (options.qs ??= {}) as IDataObject;
	if (isBlank(qs.currency)) {
		delete qs.currency;
		return;
	}
	const currency = textValue(qs.currency, 'Currency').trim().toUpperCase();
	if (!/^[A-Z]{3}$/.test(currency)) throw new InvalidFieldError('Currency', `must be a three-letter currency code such as AUD or USD, got "${String(qs.currency)}"`);
	qs.currency = currency;
});

/**
 * preSend of Pricing → Get: the Country goes into the path as an assigned two-letter ISO code, upper-cased.
 * @throws InvalidFieldError "Country" before any request (e.g. "Australia", or "UK" with the hint GB).
 */
const checkPricingCountry = validate(function (options) {
	countryIntoPath(this, options, 'pricingCountry');
});

/** Resource "Pricing" (ClickSend Pricing): the Operation option and its fields. */
export const pricingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['pricing'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the prices of a country',
				description: 'Get the SMS, MMS, voice, fax, email and post prices of a country',
				routing: {
					request: { method: 'GET', url: '/pricing/{pricingCountry}' },
					send: { preSend: [checkPricingCountry, checkCurrency] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'get',
	},
	...pricingGetDescription,
];
