import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The six kinds of ClickSend automation rule (tag "Automation Rules"). Each kind is one node
 * resource with List/Get/Create/Update/Delete operations built by `./fields.ts` and `./operations.ts`,
 * and one event of the ClickSend Trigger. Kinds differ only in the data below.
 */
export interface AutomationRuleKind {
	/** Node resource value, e.g. `inboundSmsRule`. */
	resource: string;
	/** Resource display name, e.g. "Inbound SMS Rule". */
	displayName: string;
	/** What one rule is, in sentences: "inbound SMS rule". */
	noun: string;
	/** ClickSend collection path, e.g. `/automations/sms/inbound`. */
	path: string;
	/** Key of the rule ID in ClickSend's answers (`inbound_rule_id` / `receipt_rule_id`). */
	idField: string;
	/** `methods.listSearch` function listing this kind's rules. */
	listSearchMethod: string;
	/** Whether rules of this kind apply to one dedicated number (`dedicated_number`). */
	dedicatedNumber: boolean;
	/** Whether rules of this kind filter messages by text (`message_search_type`, `message_search_term`). */
	messageSearch: boolean;
	/** Whether rules of this kind filter receipts by outcome (`match_type`). */
	matchType: boolean;
	/** ClickSend's PUT requires every field (the rule is replaced, not patched). */
	updateReplacesAll: boolean;
	/** Actions a rule of this kind can take (`action`). */
	actions: string[];
}

/** `action` values of ClickSend automation rules, with their labels (API docs, automation examples). */
export const RULE_ACTIONS: Readonly<Record<string, Omit<INodePropertyOptions, 'value'>>> = {
	AUTO_REPLY: { name: 'Auto Reply', description: 'Reply to the sender with a fixed message' },
	CREATE_CONTACT: { name: 'Create Contact', description: 'Add the sender to the contact list given as action address (list ID)' },
	CREATE_CONTACT_PLUS_EMAIL: {
		name: 'Create Contact With Email',
		description: 'Add the sender to a contact list, taking the email address from the message',
	},
	CREATE_CONTACT_PLUS_NAME: {
		name: 'Create Contact With Name',
		description: 'Add the sender to a contact list, taking the name from the message',
	},
	EMAIL_FIXED: { name: 'Email a Fixed Address', description: 'Forward to the email address given as action address' },
	EMAIL_USER: { name: 'Email the Account User', description: "Forward to the ClickSend account user's email" },
	GROUP_SMS: { name: 'Group SMS', description: 'Forward to every contact of the list given as action address (list ID)' },
	MOVE_CONTACT: { name: 'Move Contact', description: 'Move the sender to the contact list given as action address (list ID)' },
	NOTHING: { name: 'Nothing', description: 'Take no action (keep the rule without effect)' },
	POLL: { name: 'Keep for Polling', description: 'Keep the event for the pull endpoints (GET …/inbound, …/receipts)' },
	SMS: { name: 'Forward as SMS', description: 'Forward to the phone number given as action address' },
	URL: { name: 'Send to URL (Webhook)', description: 'POST the event to the URL given as action address' },
};

const RECEIPT_ACTIONS = ['EMAIL_FIXED', 'EMAIL_USER', 'NOTHING', 'POLL', 'SMS', 'URL'];

/** Inbound SMS rules (`/automations/sms/inbound`): per dedicated number, optional keyword match. */
export const INBOUND_SMS_RULE: AutomationRuleKind = {
	resource: 'inboundSmsRule',
	displayName: 'Inbound SMS Rule',
	noun: 'inbound SMS rule',
	path: '/automations/sms/inbound',
	idField: 'inbound_rule_id',
	listSearchMethod: 'getInboundSmsRules',
	dedicatedNumber: true,
	messageSearch: true,
	matchType: false,
	updateReplacesAll: true,
	actions: Object.keys(RULE_ACTIONS),
};

/** SMS delivery receipt rules (`/automations/sms/receipts`). */
export const SMS_RECEIPT_RULE: AutomationRuleKind = {
	resource: 'smsReceiptRule',
	displayName: 'SMS Receipt Rule',
	noun: 'SMS delivery receipt rule',
	path: '/automations/sms/receipts',
	idField: 'receipt_rule_id',
	listSearchMethod: 'getSmsReceiptRules',
	dedicatedNumber: false,
	messageSearch: false,
	matchType: true,
	updateReplacesAll: true,
	actions: RECEIPT_ACTIONS,
};

/** Voice delivery receipt rules (`/automations/voice/receipts`). */
export const VOICE_RECEIPT_RULE: AutomationRuleKind = {
	...SMS_RECEIPT_RULE,
	resource: 'voiceReceiptRule',
	displayName: 'Voice Receipt Rule',
	noun: 'voice delivery receipt rule',
	path: '/automations/voice/receipts',
	listSearchMethod: 'getVoiceReceiptRules',
};

/** Inbound fax rules (`/automations/fax/inbound`): per dedicated fax number. */
export const INBOUND_FAX_RULE: AutomationRuleKind = {
	resource: 'inboundFaxRule',
	displayName: 'Inbound Fax Rule',
	noun: 'inbound fax rule',
	path: '/automations/fax/inbound',
	idField: 'inbound_rule_id',
	listSearchMethod: 'getInboundFaxRules',
	dedicatedNumber: true,
	messageSearch: false,
	matchType: false,
	updateReplacesAll: true,
	actions: ['EMAIL_FIXED', 'EMAIL_USER', 'NOTHING', 'POLL', 'URL'],
};

/** Fax delivery receipt rules (`/automations/fax/receipts`); PUT accepts partial updates. */
export const FAX_RECEIPT_RULE: AutomationRuleKind = {
	...SMS_RECEIPT_RULE,
	resource: 'faxReceiptRule',
	displayName: 'Fax Receipt Rule',
	noun: 'fax delivery receipt rule',
	path: '/automations/fax/receipts',
	listSearchMethod: 'getFaxReceiptRules',
	updateReplacesAll: false,
};

/** Email delivery receipt rules (`/automations/email/receipt`, singular in ClickSend's path); partial updates. */
export const EMAIL_RECEIPT_RULE: AutomationRuleKind = {
	...SMS_RECEIPT_RULE,
	resource: 'emailReceiptRule',
	displayName: 'Email Receipt Rule',
	noun: 'email delivery receipt rule',
	path: '/automations/email/receipt',
	listSearchMethod: 'getEmailReceiptRules',
	updateReplacesAll: false,
};

/** Every kind, in Resource-option order. */
export const AUTOMATION_RULE_KINDS: readonly AutomationRuleKind[] = [
	EMAIL_RECEIPT_RULE,
	FAX_RECEIPT_RULE,
	INBOUND_FAX_RULE,
	INBOUND_SMS_RULE,
	SMS_RECEIPT_RULE,
	VOICE_RECEIPT_RULE,
];

/** Keys under which ClickSend has returned a rule's ID (differs by kind and API version). */
export const RULE_ID_KEYS = ['inbound_rule_id', 'receipt_rule_id', 'sms_inbound_rule_id', 'fax_inbound_rule_id', 'rule_id', 'id'];

/**
 * The ID of a rule object as ClickSend returned it: the kind's own key first, then any known
 * rule-ID key, then any other `*_rule_id` key. Undefined when the object has none.
 */
export function ruleIdOf(rule: unknown, kind?: AutomationRuleKind): string | undefined {
	if (rule === null || typeof rule !== 'object') return undefined;
	const object = rule as Record<string, unknown>;
	const keys = [...(kind ? [kind.idField] : []), ...RULE_ID_KEYS, ...Object.keys(object).filter((k) => k.endsWith('_rule_id'))];
	for (const key of keys) {
		const value = object[key];
		if ((typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '')) {
			return String(value).trim();
		}
	}
	return undefined;
}
