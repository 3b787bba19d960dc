import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { idText } from '../../shared/text';
import { countryIntoPath, InvalidFieldError, normalisePhone, requiredText, validate, withoutInvisible } from '../../shared/validation';
import { numberBuyDescription } from './buy';
import { numberGetManyDescription } from './getAll';
import { numberSearchDescription } from './search';

/**
 * preSend hook of Dedicated Number → Buy: the number (which goes into the path as typed, trimmed,
 * without invisible characters)
 * must be a phone number in E.164 format (`+61…`, as Search gives it) without spaces, dashes or brackets.
 * @throws InvalidFieldError otherwise.
 */
const checkDedicatedNumber = validate(function () {
	const value = this.getNodeParameter('availableNumber') as unknown;
	const number = normalisePhone(value, 'Dedicated Number');
	// As the path gets it (trimmed, invisible characters copied along removed).
	if (number !== idText(value)) {
		throw new InvalidFieldError('Dedicated Number', `write it without spaces, dashes or brackets, e.g. ${number}`);
	}
	// A charged request for a number ClickSend names in E.164 (as Search gives it): a local number is a mistake.
	if (!number.startsWith('+')) {
		throw new InvalidFieldError('Dedicated Number', `must be in E.164 format (+ and country code), as Search gives it, got "${number}"`);
	}
});

/**
 * preSend hook of Dedicated Number → Search: Country must be a two-letter ISO code; the path gets
 * it upper-cased (`/numbers/search/AU`). Search Pattern is text with something in it; Match is set.
 * @throws InvalidFieldError otherwise.
 */
const checkSearchCountry = validate(function (options) {
	countryIntoPath(this, options, 'country');
	// ClickSend requires both: the digits as text (a list went out as search[0]=…), and Match, which
	// an expression that gave nothing would leave out (its name or value is checked by the field's choice hook).
	const qs = (options.qs ??= {}) as IDataObject;
	qs.search = requiredText(withoutInvisible(qs.search), 'Search Pattern', { hint: 'give the digits to look for, such as 88' });
	if (qs.search_type === undefined || qs.search_type === null) throw new InvalidFieldError('Match', 'is empty; choose Anywhere, Starts With or Ends With');
});

/** Resource "Dedicated Number": the Operation option (each with its ClickSend route) and every operation's fields. */
export const numberDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['number'] } },
		options: [
			{
				name: 'Buy',
				value: 'buy',
				action: 'Buy a dedicated number',
				description: 'Buy an available dedicated number (charged to the account)',
				routing: {
					request: { method: 'POST', url: '/numbers/buy/{availableNumber}' },
					send: { preSend: [checkDedicatedNumber] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many dedicated numbers',
				description: 'List the dedicated numbers you own',
				routing: { request: { method: 'GET', url: '/numbers' } },
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search available dedicated numbers',
				description: 'Search the dedicated numbers available to buy in a country',
				routing: {
					request: { method: 'GET', url: '/numbers/search/{country}' },
					send: { preSend: [checkSearchCountry] },
				},
			},
		],
		default: 'getAll',
	},
	...numberBuyDescription,
	...numberGetManyDescription,
	...numberSearchDescription,
];
