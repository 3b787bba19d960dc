import type { IDataObject } from 'n8n-workflow';

/**
 * Normalised items for ClickSend events (inbound messages and delivery receipts), shared by the
 * ClickSend Trigger (pushed by automation rules: form, JSON or GET query) and the ClickSend Poll
 * Trigger (pulled from /sms/inbound, /sms/receipts, ...), so both emit the same item.
 */

/** Fields holding phone numbers: a `+` that form decoding turned into a space is restored. */
export const PHONE_FIELDS = ['from', 'to', 'sms', 'originalsenderid', 'original_sender_id', 'dedicated_number', 'sender', 'recipient'];

/**
 * Fields ClickSend sends as numeric strings that items carry as numbers. Not `digits` (the keys a
 * voice recipient pressed: "0123" and "007" keep their zeros).
 */
export const NUMERIC_FIELDS = ['timestamp', 'timestamp_send', 'status_code', 'user_id', 'subaccount_id', 'message_parts', 'error_code'];

/** The outcome of a delivery receipt derived from ClickSend's `status_code` / `status`. */
export interface ReceiptOutcome {
	/** The message reached the handset / fax machine / mailbox. */
	delivered: boolean;
	/** The message will not be delivered. */
	failed: boolean;
	/** No further receipt is expected for this message. */
	final: boolean;
}

/**
 * Outcome of a receipt. ClickSend reports `status: "Sent"` for both 200 and 201, so the code
 * decides: 201 = delivered to the handset (final); 200 = accepted by the carrier, delivery report
 * pending (not final); 300 and above = failed (final). Text statuses (fax, MMS, email receipts:
 * "Completed", "Delivered", "Failed", "Bounced", ...) are read by meaning.
 */
export function receiptOutcome(statusCode: unknown, status?: unknown): ReceiptOutcome {
	const code = Number(statusCode);
	if (statusCode !== null && statusCode !== '' && Number.isFinite(code)) {
		if (code === 201) return { delivered: true, failed: false, final: true };
		if (code >= 300) return { delivered: false, failed: true, final: true };
		return { delivered: false, failed: false, final: false };
	}
	const text = `${String(statusCode ?? '')} ${String(status ?? '')}`.toLowerCase();
	if (/fail|undeliver|reject|bounce|expire|error|cancel/.test(text)) return { delivered: false, failed: true, final: true };
	if (/deliver|complet|success|received/.test(text)) return { delivered: true, failed: false, final: true };
	return { delivered: false, failed: false, final: false };
}

function restorePlus(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	// "+61411111111" sent unencoded in a form body arrives as " 61411111111".
	return /^ \d{4,}$/.test(value) ? `+${value.slice(1)}` : value.trim() === value ? value : value.trim();
}

function toNumber(value: unknown): unknown {
	if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
	return value;
}

/**
 * Unix seconds of an event's `timestamp` as ClickSend sends it: a number, or text of digits (spaces
 * around ignored; a one-element list is read as its element), from 10^9 (2001) on; undefined for
 * anything else (absent, blank, 0, other text, `true`, a time before 2001). Milliseconds read as a
 * time far in the future.
 */
export function eventSeconds(value: unknown): number | undefined {
	const n = toNumber(Array.isArray(value) && value.length === 1 ? value[0] : value);
	return typeof n === 'number' && Number.isFinite(n) && n >= 1e9 ? n : undefined;
}

/** Options of {@link normaliseEvent}. */
export interface NormaliseOptions {
	/** Event name put on the item, e.g. `inboundSms`. */
	event: string;
	/** Whether the event is a delivery receipt (adds `delivered`, `failed`, `final`). */
	receipt: boolean;
	/** Time used for `receivedAt` when the payload has no `timestamp` (default now). */
	now?: Date;
}

/**
 * The item for one ClickSend event payload: ClickSend's fields (phone numbers with their `+`,
 * numeric fields as numbers, null as '', single-element arrays unwrapped), plus `event`, `receivedAt` (ISO
 * 8601 from `timestamp`, Unix seconds), for receipts `delivered`/`failed`/`final`, and `raw`
 * (the payload as received).
 */
export function normaliseEvent(payload: IDataObject, options: NormaliseOptions): IDataObject {
	const item: IDataObject = { event: options.event };
	for (const [key, original] of Object.entries(payload)) {
		let value: unknown = Array.isArray(original) && original.length === 1 ? original[0] : original;
		if (value === null) value = ''; // a form body cannot carry null: JSON's null and the form's empty value give the same item
		if (PHONE_FIELDS.includes(key)) value = restorePlus(value);
		if (NUMERIC_FIELDS.includes(key)) value = toNumber(value);
		item[key] = value as IDataObject[string];
	}
	const seconds = eventSeconds(item.timestamp);
	item.receivedAt = (seconds !== undefined ? new Date(seconds * 1000) : (options.now ?? new Date())).toISOString();
	if (options.receipt) Object.assign(item, receiptOutcome(item.status_code, item.status));
	item.raw = { ...payload };
	return item;
}
