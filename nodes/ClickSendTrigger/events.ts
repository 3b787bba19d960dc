import type { INodePropertyOptions } from 'n8n-workflow';

import {
	EMAIL_RECEIPT_RULE,
	FAX_RECEIPT_RULE,
	INBOUND_FAX_RULE,
	INBOUND_SMS_RULE,
	SMS_RECEIPT_RULE,
	VOICE_RECEIPT_RULE,
	type AutomationRuleKind,
} from '../ClickSend/resources/automationRule/kinds';

/** One event of the ClickSend Trigger: the automation-rule kind that reports it. */
export interface TriggerEvent {
	value: string;
	name: string;
	description: string;
	rule: AutomationRuleKind;
	/** Whether the event is a delivery receipt (items get `delivered`, `failed`, `final`). */
	receipt: boolean;
}

/** The events, alphabetical by name (each reported by its own automation-rule endpoint). */
export const TRIGGER_EVENTS: readonly TriggerEvent[] = [
	{ value: 'emailReceipt', name: 'Email Delivery Receipt', description: 'A transactional email was delivered or failed', rule: EMAIL_RECEIPT_RULE, receipt: true },
	{ value: 'faxReceipt', name: 'Fax Delivery Receipt', description: 'A fax was delivered or failed', rule: FAX_RECEIPT_RULE, receipt: true },
	{ value: 'inboundFax', name: 'Inbound Fax', description: 'A fax arrived on a dedicated fax number', rule: INBOUND_FAX_RULE, receipt: false },
	{ value: 'inboundSms', name: 'Inbound SMS', description: 'An SMS (or a reply) arrived on a dedicated number', rule: INBOUND_SMS_RULE, receipt: false },
	{ value: 'smsReceipt', name: 'SMS Delivery Receipt', description: 'An SMS was delivered or failed', rule: SMS_RECEIPT_RULE, receipt: true },
	{ value: 'voiceReceipt', name: 'Voice Delivery Receipt', description: 'A voice call was delivered or failed', rule: VOICE_RECEIPT_RULE, receipt: true },
];

/** The Event parameter's options. */
export const EVENT_OPTIONS: INodePropertyOptions[] = TRIGGER_EVENTS.map(({ value, name, description }) => ({ value, name, description }));

/** The event definition for an Event parameter value. */
export function triggerEvent(value: string): TriggerEvent {
	const event = TRIGGER_EVENTS.find((e) => e.value === value);
	if (!event) throw new Error(`Unknown ClickSend event "${value}"`);
	return event;
}
