import type { INodeProperties } from 'n8n-workflow';

import { prepareAccountProfile } from '../../shared/accountFields';
import { choiceValue } from '../../shared/choices';
import { outputData } from '../../shared/output';
import { InvalidFieldError, validate, valueProblem } from '../../shared/validation';
import { accountGetDescription } from './get';
import { accountGetUsageDescription, USAGE_TYPES } from './getUsage';
import { accountUpdateDescription } from './update';

/** A whole number from a number field or an expression (`"04"` is 4), else undefined. */
function wholeNumber(value: unknown): number | undefined {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return /^\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * preSend of Account → Get Usage: Year (four digits) and Month (1 to 12) go into the path as whole
 * numbers, and the Breakdown as one of its options.
 * @throws InvalidFieldError "Year", "Month" or "Breakdown" before any request (e.g. "abc", 1.5, -1, 13).
 */
const checkUsageMonth = validate(function (options) {
	const yearValue = this.getNodeParameter('usageYear', undefined);
	const year = wholeNumber(yearValue);
	if (year === undefined || year < 1000 || year > 9999) throw new InvalidFieldError('Year', valueProblem(yearValue, 'a year such as 2026'));
	const monthValue = this.getNodeParameter('usageMonth', undefined);
	const month = wholeNumber(monthValue);
	if (month === undefined || month < 1 || month > 12) throw new InvalidFieldError('Month', valueProblem(monthValue, 'a month from 1 (January) to 12 (December)'));
	const breakdown = choiceValue(this.getNodeParameter('usageType', 'subaccount'), 'Breakdown', USAGE_TYPES);
	options.url = options.url.replace('{usageYear}', String(year)).replace('{usageMonth}', String(month)).replace('{usageType}', String(breakdown));
});

/** Resource "Account": the Operation option and every operation's fields. */
export const accountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the account',
				description: 'Get the account details, balance and settings',
				routing: {
					request: { method: 'GET', url: '/account' },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Usage',
				value: 'getUsage',
				action: 'Get the account usage of a month',
				description: "Get a month's message counts and prices per channel, per subaccount or email address",
				routing: {
					request: { method: 'GET', url: '/account/usage/{usageYear}/{usageMonth}/{usageType}' },
					send: { preSend: [checkUsageMonth] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the account',
				description: 'Update the account profile, timezone and SMS settings',
				routing: {
					request: { method: 'PUT', url: '/account' },
					send: { preSend: [prepareAccountProfile()] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'get',
	},
	...accountGetDescription,
	...accountGetUsageDescription,
	...accountUpdateDescription,
];
