import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { requiredText, validate } from '../../shared/validation';

const show = showFor('contact', 'search');

/**
 * preSend of Search Contacts and Lists: the Keyword (`q`, which ClickSend requires) is text with
 * something in it, trimmed (numbers as text).
 * @throws InvalidFieldError "Keyword": empty, or a list or object (it went out as `q[0]=…`).
 */
const checkKeyword = validate(function (options) {
	const qs = (options.qs ??= {}) as IDataObject;
	qs.q = requiredText(qs.q, 'Keyword', { hint: 'give the text to look for' });
});

/**
 * Fields of Contact → Search Contacts and Lists (`GET /search/contacts-lists`, ClickSend "Search
 * Contacts-Lists"): one keyword over contact names and numbers and list names; each result has
 * `type` `contact` or `list`.
 */
export const contactSearchDescription: INodeProperties[] = [
	{
		displayName: 'Keyword',
		name: 'q',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'Doe',
		description: 'Text to look for in contact names, phone numbers and list names',
		routing: { send: { type: 'query', property: 'q', preSend: [checkKeyword] } },
	},
	...returnAllAndLimit('contact', 'search'),
];
