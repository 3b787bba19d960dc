import type { IDataObject, INodeProperties, PreSendAction } from 'n8n-workflow';

import { hasVisibleText } from './text';
import { addRequestWarning, fieldsResolved } from './transport';
import {
	checkReplyEmail,
	choiceProblem,
	checkSchedule,
	compact,
	estimateMessage,
	InvalidFieldError,
	isBlank,
	isoCountry,
	numberedId,
	MESSAGE_LIMITS,
	normalisePhone,
	normaliseSender,
	textValue,
	tooLongProblem,
	validate,
} from './validation';

/** Too Long Message: its option values, and its labels (lower case) as an expression may give them. */
const LONG_MESSAGE_POLICIES: ReadonlyMap<string, 'error' | 'warn'> = new Map([
	['error', 'error'],
	['fail', 'error'],
	['warn', 'warn'],
	['send anyway', 'warn'],
	['send anyway (clicksend truncates)', 'warn'],
]);

/** Value of `source` on every message we send, so ClickSend's reports show where it came from. */
export const MESSAGE_SOURCE = 'n8n';

/**
 * A contact list ID as ClickSend takes it (`list_id`, a number): {@link numberedId}'s digits.
 * @throws InvalidFieldError "Contact List" for anything else (empty text, lists and objects included).
 */
export function contactListId(value: unknown): number {
	return Number(numberedId(value, 'Contact List'));
}

/**
 * Checks the recipient of one message of a `{messages:[...]}` body (SMS, MMS, voice, fax) after
 * `compact()`: a contact list (`list_id`: digits, sent as a number, `to` dropped) or a phone number
 * (`to`, normalised as `toField`). Send To's value for the item decides when both are set, and when
 * the fields were not chosen per item (`resolved` false: n8n's RoutingNode sets both fields when Send
 * To is an expression); when neither is set, it names the empty one.
 * `sendTo` gives Send To's value ("number" or "list"), read only when needed.
 * @throws InvalidFieldError naming Contact List, Send To or `toField`.
 */
export function checkRecipient(message: IDataObject, sendTo: () => unknown, toField = 'To', resolved = true): void {
	// A list or object is not one contact list ID, whatever Send To says (contactListId refuses it).
	if (message.list_id !== null && typeof message.list_id === 'object') contactListId(message.list_id);
	const hasList = message.list_id !== undefined;
	const hasNumber = message.to !== undefined;
	if (resolved ? hasList && hasNumber : hasList || hasNumber) {
		const choice = sendTo();
		if (choice === 'number') delete message.list_id;
		else if (choice === 'list') delete message.to;
		else throw new InvalidFieldError('Send To', choiceProblem(choice, '"number" or "list"'));
	}
	if (message.list_id !== undefined) {
		message.list_id = contactListId(message.list_id);
		delete message.to;
		return;
	}
	const choice = message.to === undefined ? sendTo() : 'number';
	if (choice === 'list') throw new InvalidFieldError('Contact List', 'is empty; choose one or give its ID');
	if (choice !== 'number') throw new InvalidFieldError('Send To', choiceProblem(choice, '"number" or "list"'));
	message.to = normalisePhone(message.to, toField);
}

/** What a channel's messages need checked before they are sent. */
export interface MessageRules {
	/** Body field name in ClickSend's message object (`body` for SMS/MMS/voice). */
	bodyField?: string;
	/** Length rules of the channel ({@link MESSAGE_LIMITS}); default `sms`. */
	channel?: keyof typeof MESSAGE_LIMITS;
	/** Parameter path of the {@link longMessageOption} field; default `additionalFields.longMessage`. */
	longMessageParameter?: string;
}

/** Values of {@link longMessageOption}. */
export type LongMessagePolicy = 'error' | 'warn';

/**
 * The "Too Long Message" option, for an operation's Additional Fields: what to do with a text
 * ClickSend would truncate (over 6 SMS parts, 1500/500 MMS characters, 4 voice parts). "Fail"
 * (default) rejects the item before any request; "Send Anyway" sends it and adds a `warning`.
 */
export const longMessageOption: INodeProperties = {
	displayName: 'Too Long Message',
	name: 'longMessage',
	type: 'options',
	options: [
		{ name: 'Fail', value: 'error', description: 'Reject the item before anything is sent' },
		{ name: 'Send Anyway (ClickSend Truncates)', value: 'warn', description: 'Send it; the output item gets a warning' },
	],
	default: 'error',
	description: 'What to do with a message longer than ClickSend sends in full (SMS: 918 GSM-7 or 402 Unicode characters; MMS: 1500 or 500; voice: 1200 or 600)',
};

/**
 * preSend hook for `{ messages: [...] }` send bodies (SMS, MMS, voice): per message, requires a
 * recipient (`to`, normalised) or a contact list (`list_id`), a non-empty text body (checked against
 * the channel's maximum length, see {@link longMessageOption}), a valid sender ID (`from`), a
 * text Custom String and a two-letter Country (upper-cased),
 * converts `schedule` with the schedule policy ({@link checkSchedule}: empty or just past = send
 * now, omitted; past = error; beyond ClickSend's horizon = warning), drops empty optional fields
 * and sets `source`. Text is passed on unchanged (emoji and non-Latin text byte-exact).
 * @throws InvalidFieldError (as the item's error, before any request) naming the field.
 */
export function prepareMessages(rules: MessageRules = {}): PreSendAction {
	const bodyField = rules.bodyField ?? 'body';
	const channel = rules.channel ?? 'sms';
	return validate(function (options) {
		const body = (options.body ?? {}) as IDataObject;
		const messages = (Array.isArray(body.messages) ? body.messages : []) as IDataObject[];
		// Parameters read only when needed (a parameter read per item is costly in large batches);
		// operations without the parameter get the fallback.
		const parameterOr = (name: string, fallback: string): unknown => {
			try {
				return this.getNodeParameter(name, fallback);
			} catch {
				return fallback;
			}
		};
		// Too Long Message, read only when a text is too long.
		const longMessagePolicy = () => parameterOr(rules.longMessageParameter ?? 'additionalFields.longMessage', 'error');
		// Send To ("number" or "list"), read only to name the missing field when a message has neither.
		const sendTo = () => parameterOr('sendTo', 'number');
		for (let index = 0; index < messages.length; index++) {
			const message = messages[index];
			compact(message);
			checkRecipient(message, sendTo, 'To', fieldsResolved(options));
			const text = message[bodyField];
			if (text === undefined || (typeof text === 'string' && !hasVisibleText(text))) {
				throw new InvalidFieldError('Message', 'is empty; give the text to send');
			}
			if (typeof text !== 'string') message[bodyField] = textValue(text, 'Message');
			const estimate = estimateMessage(message[bodyField] as string, channel);
			if (estimate.tooLong) {
				const chosen = longMessagePolicy();
				// The option's values, or (from an expression) its labels in any case.
				const policy = typeof chosen === 'string' ? LONG_MESSAGE_POLICIES.get(chosen.trim().toLowerCase()) : undefined;
				if (policy === undefined) {
					throw new InvalidFieldError('Too Long Message', choiceProblem(chosen, '"error" (Fail) or "warn" (Send Anyway)'));
				}
				const text = message[bodyField] as string;
				if (policy === 'warn') addRequestWarning(options, `Message ${tooLongProblem(estimate, channel, text)}`);
				else {
					throw new InvalidFieldError(
						'Message',
						`${tooLongProblem(estimate, channel, text)}. Shorten it, or set Too Long Message to "Send Anyway"`,
					);
				}
			}
			if (message.custom_string !== undefined) message.custom_string = textValue(message.custom_string, 'Custom String');
			checkReplyEmail(message);
			// Optional: blank (spaces from a spreadsheet cell) is not set, as an empty field.
			if (message.country !== undefined) {
				if (isBlank(message.country)) delete message.country;
				else message.country = isoCountry(message.country, 'Country');
			}
			const from = normaliseSender(message.from, 'From (Sender ID)');
			if (from === undefined) delete message.from;
			else message.from = from;
			// compact() removed an empty schedule; most messages have none, and skip the time-zone lookup.
			if (message.schedule !== undefined) {
				const schedule = checkSchedule(message.schedule, this.getTimezone(), 'Schedule');
				if (schedule.seconds === undefined) delete message.schedule;
				else message.schedule = schedule.seconds;
				if (schedule.warning) addRequestWarning(options, schedule.warning);
			}
			message.source = MESSAGE_SOURCE;
		}
	});
}
