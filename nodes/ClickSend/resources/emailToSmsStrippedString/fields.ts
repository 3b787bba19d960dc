import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { locatorField } from '../../shared/descriptions';
import { requiredText, validate } from '../../shared/validation';

/** The Stripped String locator (`getEmailToSmsStrippedStrings`), filling `{ruleId}`. */
export function strippedStringLocator(show: Record<string, string[]>): INodeProperties {
	return locatorField({
		displayName: 'Stripped String',
		name: 'ruleId',
		searchListMethod: 'getEmailToSmsStrippedStrings',
		placeholder: '20',
		description: 'The stripped string rule (its ID)',
		displayOptions: { show },
	});
}

/** The String field (`strip_string`): text removed from the body of emails sent as SMS. */
export function stripStringField(show: Record<string, string[]>): INodeProperties {
	return {
		displayName: 'String',
		name: 'stripString',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'Sent from my phone',
		description: 'Text to remove from the body of emails before they are sent as SMS',
		routing: { send: { type: 'body', property: 'strip_string' } },
	};
}

/** preSend of Create/Update: the string must not be empty (whitespace is kept as given). @throws InvalidFieldError */
export const requireStripString = validate(function (options) {
	const value = (options.body as IDataObject | undefined)?.strip_string;
	// Kept as given (spaces are part of the text to strip); a list or object fails, zero-width characters alone are empty.
	(options.body as IDataObject).strip_string = requiredText(value, 'String', { hint: 'give the text to remove from emails', keepSpaces: true });
});
