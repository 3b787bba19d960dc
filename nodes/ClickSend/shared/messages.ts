import type { IDataObject, PreSendAction } from 'n8n-workflow';

import { compact, InvalidFieldError, normalisePhone, normaliseSender, toUnixSeconds, validate } from './validation';

/** Value of `source` on every message we send, so ClickSend's reports show where it came from. */
export const MESSAGE_SOURCE = 'n8n';

/** What a channel's messages need checked before they are sent. */
export interface MessageRules {
	/** Body field name in ClickSend's message object (`body` for SMS/MMS/voice). */
	bodyField?: string;
	/** Whether the recipient is a phone number in `to` (SMS, MMS, voice, fax). */
	phoneRecipient?: boolean;
}

/**
 * preSend hook for `{ messages: [...] }` send bodies (SMS, MMS, voice): per message, requires a
 * recipient (`to`, normalised) or a contact list (`list_id`), a non-empty body, a valid sender ID
 * (`from`), converts `schedule` to Unix seconds (empty = send now, omitted), drops empty optional
 * fields and sets `source`.
 */
export function prepareMessages(rules: MessageRules = {}): PreSendAction {
	const bodyField = rules.bodyField ?? 'body';
	return validate(function (options) {
		const body = (options.body ?? {}) as IDataObject;
		const messages = (Array.isArray(body.messages) ? body.messages : []) as IDataObject[];
		for (const message of messages) {
			compact(message);
			if (message.list_id !== undefined) {
				const listId = String(message.list_id).trim();
				if (!/^\d+$/.test(listId)) throw new InvalidFieldError('Contact List', `must be a contact list ID (digits), got "${listId}"`);
				message.list_id = Number(listId);
				delete message.to;
			} else if (rules.phoneRecipient !== false) {
				message.to = normalisePhone(message.to, 'To');
			}
			const text = message[bodyField];
			if (text === undefined || (typeof text === 'string' && text.trim() === '')) {
				throw new InvalidFieldError('Message', 'is empty; give the text to send');
			}
			if (typeof text !== 'string') message[bodyField] = String(text);
			const from = normaliseSender(message.from, 'From (Sender ID)');
			if (from === undefined) delete message.from;
			else message.from = from;
			const schedule = toUnixSeconds(message.schedule, this.getTimezone(), 'Schedule');
			if (schedule === undefined) delete message.schedule;
			else message.schedule = schedule;
			message.source = MESSAGE_SOURCE;
		}
	});
}
