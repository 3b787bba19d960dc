import type { IDataObject, INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { choiceValue } from '../../shared/choices';
import { flagSend, locatorField, returnAllAndLimit, searchFilterOptions, showFor } from '../../shared/descriptions';
import { isHttpUrl, isNumberedId } from '../../shared/text';
import { InvalidFieldError, isBlank, normalisePhone, plainText, requiredText, textValue, validate, valueProblem } from '../../shared/validation';
import { RULE_ACTIONS, type AutomationRuleKind } from './kinds';

/** `message_search_type` of inbound SMS rules (ClickSend: 0=any message, 1=starts with, 2=contains, 3=does not contain). */
export const MESSAGE_SEARCH_TYPES: INodePropertyOptions[] = [
	{ name: 'Any Message', value: 0 },
	{ name: 'Contains', value: 2 },
	{ name: 'Does Not Contain', value: 3 },
	{ name: 'Starts With', value: 1 },
];

/** `match_type` of receipt rules (ClickSend: 0=all reports, 1=only failed, 2=only successful). */
export const RECEIPT_MATCH_TYPES: INodePropertyOptions[] = [
	{ name: 'All Reports', value: 0 },
	{ name: 'Only Failed', value: 1 },
	{ name: 'Only Successful', value: 2 },
];

/**
 * A rule's dedicated number as ClickSend matches it: `*` (every number of the account) or the
 * number normalised as recipients are (spaces, brackets, a bracketed trunk 0 and invisible
 * characters removed: `+61 (0)422 222 222` → `+61422222222`).
 * @throws InvalidFieldError "Dedicated Number" for a list, an object, blank text or not a phone number.
 */
export function ruleDedicatedNumber(value: unknown): string {
	if (typeof value === 'string' && value.trim() === '*') return '*';
	if (isBlank(value)) throw new InvalidFieldError('Dedicated Number', 'is empty; give a phone number such as +61411111111, or * for every number of the account');
	return normalisePhone(value, 'Dedicated Number');
}

/**
 * An inbound SMS rule's message filter: Message Match as one of {@link MESSAGE_SEARCH_TYPES}
 * (its value, or its name from an expression) and the Keyword as trimmed text ('' for Any
 * Message, which ClickSend still requires in the body).
 * @throws InvalidFieldError "Message Match" for another choice, "Keyword" for a list or object, or
 * a blank keyword when the match needs one.
 */
export function ruleMessageSearch(type: unknown, term: unknown): { message_search_type: number; message_search_term: string } {
	const searchType = Number(choiceValue(type, 'Message Match', MESSAGE_SEARCH_TYPES));
	if (searchType === 0) return { message_search_type: 0, message_search_term: '' };
	return { message_search_type: searchType, message_search_term: requiredText(term, 'Keyword', { hint: 'give the text to match, or choose Any Message' }) };
}

/** `webhook_type` of URL rules: how ClickSend delivers the event to the URL. */
export const WEBHOOK_TYPES: INodePropertyOptions[] = [
	{ name: 'Form POST (ClickSend Default)', value: 'post' },
	{ name: 'GET Query', value: 'get' },
	{ name: 'JSON POST', value: 'json' },
];

function actionOptions(kind: AutomationRuleKind): INodePropertyOptions[] {
	return kind.actions
		.map((value) => ({ ...RULE_ACTIONS[value], value }) as INodePropertyOptions)
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Resource locator for one rule of `kind`; fills `{ruleId}` in the routing URL. */
export function ruleIdField(kind: AutomationRuleKind, operation: string | string[]): INodeProperties {
	return locatorField({
		displayName: kind.displayName,
		name: 'ruleId',
		searchListMethod: kind.listSearchMethod,
		description: `The ${kind.noun}`,
		placeholder: '12',
		displayOptions: { show: showFor(kind.resource, operation) },
	});
}

/**
 * The rule's fields (rule name, dedicated number, message match, match type, action, action
 * address, enabled), each routed to its ClickSend body property. `required` marks the fields
 * ClickSend requires; pass false to build the options of an "Update Fields" collection.
 */
function ruleFields(kind: AutomationRuleKind, required: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Rule Name',
			name: 'ruleName',
			type: 'string',
			default: '',
			placeholder: 'Replies to n8n',
			description: 'Name shown in the ClickSend dashboard',
			routing: { send: { type: 'body', property: 'rule_name' } },
		},
	];
	if (kind.dedicatedNumber) {
		fields.push({
			...locatorField({
				displayName: 'Dedicated Number',
				name: 'dedicatedNumber',
				searchListMethod: 'getDedicatedNumbers',
				idPattern: '(\\+?[0-9 ()-]{3,24}|\\*)',
				idHint: 'a phone number such as +61411111111, or * for every number of the account',
				placeholder: '+61411111111',
				description: 'The dedicated number the rule listens on; * for every number of the account',
			}),
			routing: { send: { type: 'body', property: 'dedicated_number' } },
		});
	}
	if (kind.messageSearch) {
		fields.push(
			{
				displayName: 'Message Match',
				name: 'messageSearchType',
				type: 'options',
				options: MESSAGE_SEARCH_TYPES,
				default: 0,
				description: 'Which inbound messages the rule applies to',
				routing: { send: { type: 'body', property: 'message_search_type' } },
			},
			{
				displayName: 'Keyword',
				name: 'messageSearchTerm',
				type: 'string',
				default: '',
				placeholder: 'STOP',
				description: 'Text the message must start with, contain or not contain (ignored for Any Message)',
				routing: { send: { type: 'body', property: 'message_search_term' } },
			},
		);
	}
	if (kind.matchType) {
		fields.push({
			displayName: 'Reports',
			name: 'matchType',
			type: 'options',
			options: RECEIPT_MATCH_TYPES,
			default: 0,
			description: 'Which delivery receipts the rule applies to',
			routing: { send: { type: 'body', property: 'match_type' } },
		});
	}
	fields.push(
		{
			displayName: 'Action',
			name: 'action',
			type: 'options',
			options: actionOptions(kind),
			default: 'URL',
			description: 'What ClickSend does when the rule matches',
			routing: { send: { type: 'body', property: 'action' } },
		},
		{
			displayName: 'Action Address',
			name: 'actionAddress',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/clicksend',
			description: 'Where the action goes: a URL, email address, phone number or contact list ID, depending on the action',
			routing: { send: { type: 'body', property: 'action_address' } },
		},
		{
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description: 'Whether the rule is active',
			routing: { send: flagSend('enabled', 'Enabled') },
		},
	);
	if (!required) return fields.map((field) => ({ ...field, required: undefined }) as INodeProperties);
	return fields.map((field) => {
		const optional = ['messageSearchTerm', 'enabled', 'messageSearchType', 'matchType', 'action'].includes(field.name);
		return optional ? field : { ...field, required: true };
	});
}

/** Options of the "Additional Fields" collection of Create/Update (ClickSend `webhook_type` for URL rules). */
function extraFields(): INodeProperties[] {
	return [
		{
			displayName: 'Webhook Format',
			name: 'webhookType',
			type: 'options',
			options: WEBHOOK_TYPES,
			default: 'post',
			description: 'How ClickSend sends the event to the URL (Send to URL action only)',
			routing: { send: { type: 'body', property: 'webhook_type' } },
		},
	];
}

/** Actions whose address is a contact list ID. */
const LIST_ACTIONS = new Set(['CREATE_CONTACT', 'CREATE_CONTACT_PLUS_EMAIL', 'CREATE_CONTACT_PLUS_NAME', 'GROUP_SMS', 'MOVE_CONTACT']);

/**
 * preSend hook of Create/Update: the Action is one of the kind's; trims the rule name (text with
 * something in it) and the action address (invisible characters removed), normalises the dedicated
 * number as recipients are ({@link ruleDedicatedNumber}); a
 * URL action needs an http(s) address, an email action an email, Forward as SMS a phone number, a
 * contact-list action a list ID. A create, or an update of a kind whose PUT replaces the rule,
 * needs every field ClickSend requires: one an expression left out (n8n omits it) fails here,
 * before any item is sent. An update of a kind ClickSend patches (`isUpdate`) needs a field to
 * change. Inbound SMS rules always send a `message_search_term` ('' for Any Message), as ClickSend requires it.
 * @throws InvalidFieldError naming the field.
 */
export function prepareRuleBody(kind: AutomationRuleKind, isUpdate = false): PreSendAction {
	// The whole rule is sent (create, or a PUT that replaces it): ClickSend requires each field.
	const whole = !isUpdate || kind.updateReplacesAll;
	return validate(function (options) {
		const body = (options.body ??= {}) as IDataObject;
		if (!whole && Object.keys(body).length === 0) {
			throw new InvalidFieldError('Update Fields', 'add at least one field to change');
		}
		const given = (key: string) => whole || body[key] !== undefined;
		// Before the address checks, which depend on it: "url" from an expression is the action URL.
		if (given('action')) body.action = choiceValue(body.action, 'Action', actionOptions(kind));
		if (given('rule_name')) body.rule_name = requiredText(body.rule_name, 'Rule Name', { hint: 'give the rule a name' });
		if (kind.dedicatedNumber && given('dedicated_number')) body.dedicated_number = ruleDedicatedNumber(body.dedicated_number);
		if (kind.matchType && given('match_type')) body.match_type = choiceValue(body.match_type, 'Reports', RECEIPT_MATCH_TYPES);
		if (given('action_address')) body.action_address = actionAddress(body.action_address, body.action);
		// Message Match by name ("Any Message") from an expression: read before the keyword check that depends on it.
		if (kind.messageSearch && given('message_search_type')) Object.assign(body, ruleMessageSearch(body.message_search_type, body.message_search_term));
		else if (kind.messageSearch && body.message_search_term !== undefined) body.message_search_term = textValue(body.message_search_term, 'Keyword').trim();
	});
}

/**
 * A rule's Action Address for its action (when known): text without invisible characters, trimmed;
 * an http(s) URL for Send to URL, a phone number for Forward as SMS (normalised), a contact list
 * ID for the list actions, an email address for Email a Fixed Address.
 * @throws InvalidFieldError "Action Address": left out, a list or object, or not what the action needs.
 */
function actionAddress(value: unknown, action: unknown): string {
	if (value === undefined || value === null) throw new InvalidFieldError('Action Address', 'is empty');
	const address = plainText(value, 'Action Address');
	if (action === 'URL' && !isHttpUrl(address)) {
		throw new InvalidFieldError('Action Address', valueProblem(address, 'an http(s) URL for Send to URL', `"${address}"`));
	}
	if (action === 'SMS') return normalisePhone(address, 'Action Address');
	if (LIST_ACTIONS.has(String(action)) && !isNumberedId(address)) {
		throw new InvalidFieldError('Action Address', `must be a contact list for ${RULE_ACTIONS[String(action)].name}: give its ID in digits (not 0), such as 428, got "${address}"`);
	}
	if (action === 'EMAIL_FIXED' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) {
		throw new InvalidFieldError('Action Address', `must be an email address for Email a Fixed Address, got "${address}"`);
	}
	return address;
}

/** Fields of <kind> → Create (POST <path>): every field ClickSend requires, plus Additional Fields. */
export function ruleCreateFields(kind: AutomationRuleKind): INodeProperties[] {
	const operations = kind.updateReplacesAll ? ['create', 'update'] : ['create'];
	const show = showFor(kind.resource, operations);
	return [
		...ruleFields(kind, true).map((field) => ({ ...field, displayOptions: { show } })),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: { show },
			default: {},
			options: extraFields(),
		},
	];
}

/**
 * Fields of <kind> → Update (PUT <path>/{id}): the rule locator, then either the full field set
 * (kinds whose PUT replaces the rule: shown by {@link ruleCreateFields}) or an "Update Fields" collection.
 */
export function ruleUpdateFields(kind: AutomationRuleKind): INodeProperties[] {
	const fields: INodeProperties[] = [ruleIdField(kind, 'update')];
	if (kind.updateReplacesAll) return fields;
	return [
		...fields,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: { show: showFor(kind.resource, 'update') },
			default: {},
			options: [...ruleFields(kind, false), ...extraFields()].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	];
}

/** Fields of <kind> → Get Many (GET <path>): Return All/Limit and the search/sort filters. */
export function ruleGetManyFields(kind: AutomationRuleKind): INodeProperties[] {
	return [
		...returnAllAndLimit(kind.resource, 'getAll'),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			displayOptions: { show: showFor(kind.resource, 'getAll') },
			default: {},
			options: searchFilterOptions,
		},
	];
}
