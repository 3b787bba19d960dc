import { randomBytes, timingSafeEqual } from 'crypto';
import {
	NodeApiError,
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { MESSAGE_SEARCH_TYPES, RECEIPT_MATCH_TYPES, ruleDedicatedNumber, ruleMessageSearch } from '../ClickSend/resources/automationRule/fields';
import { choiceValue } from '../ClickSend/shared/choices';
import { InvalidFieldError, isBlank } from '../ClickSend/shared/validation';
import { ruleIdOf } from '../ClickSend/resources/automationRule/kinds';
import { normaliseEvent } from '../ClickSend/shared/events';
import { clickSendRequest, MAX_PAGE_SIZE } from '../ClickSend/shared/transport';
import { EVENT_OPTIONS, triggerEvent, type TriggerEvent } from './events';

/** Query parameter carrying the webhook secret in the URL registered with ClickSend. */
export const SECRET_PARAMETER = 'n8n_secret';

/** Which n8n webhook URL a rule points at: "listen for test event" or the active workflow's. */
export type UrlKind = 'test' | 'production';

/** A rule this node created, as kept in the node's static data (`rules[urlKind]`). */
export interface StoredRule {
	id: string;
	/** Rule collection path, e.g. `/automations/sms/inbound`. */
	path: string;
	/** The URL registered as the rule's `action_address` (with the secret). */
	url: string;
	event: string;
}

interface TriggerStaticData extends IDataObject {
	webhookSecret?: string;
	rules?: IDataObject;
}

function staticDataOf(context: IHookFunctions | IWebhookFunctions): TriggerStaticData {
	return context.getWorkflowStaticData('node') as TriggerStaticData;
}

function urlKindOf(context: IHookFunctions): UrlKind {
	const url = context.getNodeWebhookUrl('default') ?? '';
	return context.getMode() === 'manual' || url.includes('/webhook-test/') ? 'test' : 'production';
}

function storedRule(data: TriggerStaticData, kind: UrlKind): StoredRule | undefined {
	const rule = (data.rules ?? {})[kind] as StoredRule | undefined;
	return rule?.id ? rule : undefined;
}

/** n8n's webhook URL with this node's secret, or undefined before a secret exists. */
function registeredUrl(context: IHookFunctions, data: TriggerStaticData): string | undefined {
	const url = context.getNodeWebhookUrl('default');
	if (!url || !data.webhookSecret) return undefined;
	return `${url}${url.includes('?') ? '&' : '?'}${SECRET_PARAMETER}=${data.webhookSecret}`;
}

/** Whether a ClickSend error means the rule no longer exists (deleted in the dashboard): 404 or 403. */
function isGone(error: unknown): boolean {
	const code = (error as NodeApiError)?.httpCode;
	return error instanceof NodeApiError && (code === '404' || code === '403');
}

/** Keeps the shared transport's NodeApiError (ClickSend's message); anything else becomes a NodeOperationError. */
function nodeError(context: IHookFunctions, error: unknown): NodeApiError | NodeOperationError {
	return error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeOperationError(context.getNode(), error as Error);
}

async function deleteRule(context: IHookFunctions, rule: StoredRule): Promise<void> {
	try {
		await clickSendRequest.call(context, { method: 'DELETE', url: `${rule.path}/${encodeURIComponent(rule.id)}` });
	} catch (error) {
		if (!isGone(error)) throw nodeError(context, error);
	}
}

/** Most pages of rules read when looking for this node's leftover rules (100 rules each). */
const MAX_RULE_PAGES = 20;

/**
 * Whether a rule's `action_address` is a URL this node registers: its webhook URL (`base`, with the
 * node's webhook ID) with only the `n8n_secret` parameter, whatever its value. A rule the user made
 * for this URL with other parameters (e.g. `?line=B&n8n_secret=…`) is not.
 */
function isNodeUrl(address: unknown, base: string): boolean {
	if (typeof address !== 'string') return false;
	const [path, query = ''] = address.split('?');
	const keys = query.split('&').map((pair) => pair.split('=')[0]);
	return path === base && keys.length === 1 && keys[0] === SECRET_PARAMETER;
}

/**
 * Deletes the rules of `path` this node registered but lost track of ({@link isNodeUrl}): e.g. when
 * an activation failed after the rule was created and n8n rolled back with static data saved
 * before it, so that its ID was never kept. Best effort: reads at most {@link MAX_RULE_PAGES}
 * pages, collects the rules first (deleting while paging would shift rules past the pages read),
 * and a failure is logged, never stops the activation.
 */
async function deleteLeftoverRules(context: IHookFunctions, event: TriggerEvent, url: string): Promise<void> {
	const base = url.split('?')[0];
	try {
		const leftovers: StoredRule[] = [];
		for (let page = 1; page <= MAX_RULE_PAGES; page++) {
			const { envelope } = await clickSendRequest.call(context, { method: 'GET', url: event.rule.path, qs: { page, limit: MAX_PAGE_SIZE } });
			const data = (envelope.data ?? {}) as IDataObject;
			const rows = (Array.isArray(data.data) ? data.data : []) as IDataObject[];
			for (const row of rows) {
				const id = ruleIdOf(row, event.rule);
				if (id && isNodeUrl(row.action_address, base)) leftovers.push({ id, path: event.rule.path, url: String(row.action_address), event: event.value });
			}
			const lastPage = Number(data.last_page);
			if (rows.length === 0 || !Number.isFinite(lastPage) || page >= lastPage) break;
		}
		for (const rule of leftovers) await deleteRule(context, rule);
	} catch (error) {
		context.logger.warn(`ClickSend Trigger: could not look for leftover ${event.rule.noun}s pointing at this node: ${(error as Error).message}`);
	}
}

/** The automation-rule body for the node's event and filters, pointing at `url`. */
function ruleBody(context: IHookFunctions, event: TriggerEvent, url: string, kind: UrlKind): IDataObject {
	const workflow = context.getWorkflow();
	const name = `n8n ${workflow.name ?? workflow.id ?? ''} · ${context.getNode().name}${kind === 'test' ? ' (test)' : ''}`;
	const body: IDataObject = { rule_name: name.replace(/\s+/g, ' ').trim().slice(0, 100), action: 'URL', action_address: url, enabled: 1 };
	// The filters as the action node's rule operations check them; a bad one fails the activation, naming the field.
	try {
		if (event.rule.dedicatedNumber) {
			const number = context.getNodeParameter('dedicatedNumber', '*');
			body.dedicated_number = isBlank(number) ? '*' : ruleDedicatedNumber(number);
		}
		if (event.rule.messageSearch) {
			Object.assign(body, ruleMessageSearch(context.getNodeParameter('messageSearchType', 0), context.getNodeParameter('messageSearchTerm', '')));
		}
		if (event.rule.matchType) body.match_type = choiceValue(context.getNodeParameter('matchType', 0), 'Reports', RECEIPT_MATCH_TYPES);
		const format = context.getNodeParameter('options.payloadFormat', '');
		if (!isBlank(format)) {
			const type = choiceValue(format, 'Payload Format', PAYLOAD_FORMATS);
			if (type) body.webhook_type = type;
		}
	} catch (error) {
		throw new NodeOperationError(context.getNode(), error instanceof InvalidFieldError ? `Invalid ${error.message}` : (error as Error));
	}
	return body;
}

/** How ClickSend posts events to the webhook (the rule's `webhook_type`; '' leaves ClickSend's default, form). */
const PAYLOAD_FORMATS: INodePropertyOptions[] = [
	{ name: 'Form (ClickSend Default)', value: '' },
	{ name: 'JSON', value: 'json' },
];

function secretMatches(given: unknown, expected: string | undefined): boolean {
	if (!expected || typeof given !== 'string') return false;
	const a = Buffer.from(given);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * ClickSend Trigger: starts a workflow on an inbound SMS or fax, or on an SMS, voice, fax or
 * email delivery receipt. On activation it creates a ClickSend automation rule (action URL)
 * pointing at this node's webhook URL plus an unguessable secret; on deactivation it deletes
 * that rule. Test and production URLs get separate rules; rules it did not create are never touched.
 */
export class ClickSendTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickSend Trigger',
		name: 'clickSendTrigger',
		icon: { light: 'file:clicksend.svg', dark: 'file:clicksend.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["event"] }}',
		description: 'Starts the workflow when ClickSend receives a message or reports a delivery',
		defaults: { name: 'ClickSend Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickSendApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
			{ name: 'default', httpMethod: 'GET', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				required: true,
				options: EVENT_OPTIONS,
				default: 'inboundSms',
				description: 'What starts the workflow. ClickSend reports each event through an automation rule this node creates.',
			},
			{
				displayName: 'Dedicated Number',
				name: 'dedicatedNumber',
				type: 'string',
				displayOptions: { show: { event: ['inboundSms', 'inboundFax'] } },
				default: '*',
				placeholder: '+61411111111',
				description: 'Only messages to this dedicated number; * for every number of the account',
			},
			{
				displayName: 'Message Match',
				name: 'messageSearchType',
				type: 'options',
				displayOptions: { show: { event: ['inboundSms'] } },
				options: MESSAGE_SEARCH_TYPES,
				default: 0,
				description: 'Only messages that start with, contain or do not contain the keyword',
			},
			{
				displayName: 'Keyword',
				name: 'messageSearchTerm',
				type: 'string',
				displayOptions: { show: { event: ['inboundSms'], messageSearchType: [1, 2, 3] } },
				default: '',
				placeholder: 'STOP',
			},
			{
				displayName: 'Reports',
				name: 'matchType',
				type: 'options',
				displayOptions: { show: { event: ['smsReceipt', 'voiceReceipt', 'faxReceipt', 'emailReceipt'] } },
				options: RECEIPT_MATCH_TYPES,
				default: 0,
				description: 'Which delivery receipts start the workflow',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Payload Format',
						name: 'payloadFormat',
						type: 'options',
						options: PAYLOAD_FORMATS,
						default: '',
						description: 'How ClickSend posts events (the item is the same either way)',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			/**
			 * True when the rule this node created for the current URL kind still exists in ClickSend,
			 * points at the current webhook URL (with the secret) and is enabled. Never looks at other rules.
			 */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const data = staticDataOf(this);
				const rule = storedRule(data, urlKindOf(this));
				const url = registeredUrl(this, data);
				const event = triggerEvent(this.getNodeParameter('event') as string);
				if (!rule || !url || rule.event !== event.value) return false;
				try {
					const { envelope } = await clickSendRequest.call(this, { method: 'GET', url: `${rule.path}/${encodeURIComponent(rule.id)}` });
					const current = (envelope.data ?? {}) as IDataObject;
					return current.action_address === url && Number(current.enabled) === 1 && String(current.action ?? 'URL') === 'URL';
				} catch (error) {
					if (isGone(error)) return false;
					throw nodeError(this, error);
				}
			},

			/**
			 * Creates the automation rule for the current URL kind (replacing this node's previous rule of
			 * that kind, if any, and any rule left pointing at this node's URL) and stores its ID; fails
			 * when ClickSend's answer holds no rule ID.
			 */
			async create(this: IHookFunctions): Promise<boolean> {
				const data = staticDataOf(this);
				data.webhookSecret ??= randomBytes(32).toString('hex');
				const kind = urlKindOf(this);
				const url = registeredUrl(this, data) as string;
				const event = triggerEvent(this.getNodeParameter('event') as string);
				const previous = storedRule(data, kind);
				if (previous) await deleteRule(this, previous);
				// Rules this node created but lost track of would push every event a second time.
				await deleteLeftoverRules(this, event, url);
				const rules = (data.rules ??= {});
				delete rules[kind];
				const { envelope } = await clickSendRequest.call(this, { method: 'POST', url: event.rule.path, body: ruleBody(this, event, url, kind) });
				const id = ruleIdOf(envelope.data, event.rule);
				if (!id) {
					throw new NodeOperationError(this.getNode(), `ClickSend created the ${event.rule.noun} but returned no rule ID`, {
						description: `Answer: ${JSON.stringify(envelope.data ?? null).slice(0, 300)}. Delete the rule pointing at ${url.split('?')[0]} in the ClickSend dashboard, then activate again.`,
					});
				}
				const stored: StoredRule = { id, path: event.rule.path, url, event: event.value };
				rules[kind] = stored as unknown as IDataObject;
				return true;
			},

			/** Deletes the rule this node created for the current URL kind; a rule already gone (404/403) counts as deleted. */
			async delete(this: IHookFunctions): Promise<boolean> {
				const data = staticDataOf(this);
				const kind = urlKindOf(this);
				const rule = storedRule(data, kind);
				if (rule) await deleteRule(this, rule);
				if (data.rules) delete data.rules[kind];
				return true;
			},
		},
	};

	/**
	 * Handles a ClickSend push: 401 without the secret (no execution); otherwise one normalised
	 * item from the form, JSON or query payload. n8n answers ClickSend 200 at once.
	 */
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const query = { ...((this.getQueryData() ?? {}) as IDataObject) };
		const secret = query[SECRET_PARAMETER];
		delete query[SECRET_PARAMETER];
		if (!secretMatches(secret, staticDataOf(this).webhookSecret)) {
			this.getResponseObject().status(401).json({ message: 'Unauthorized: this URL only accepts ClickSend automation-rule requests.' });
			return { noWebhookResponse: true };
		}
		const body = this.getBodyData();
		const payload = body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length > 0 ? { ...query, ...body } : query;
		const event = triggerEvent(this.getNodeParameter('event') as string);
		return { workflowData: [[{ json: normaliseEvent(payload, { event: event.value, receipt: event.receipt }) }]] };
	}
}
