import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { preSend } from './transport';

/** A bad field value, reported before any request: names the field and what is allowed. */
export class InvalidFieldError extends Error {
	constructor(
		readonly field: string,
		readonly problem: string,
	) {
		super(`${field}: ${problem}`);
	}
}

function offsetMinutes(date: Date, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(date);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((asUtc - date.getTime()) / 60000);
}

/**
 * Converts a date-time to Unix seconds (ClickSend's time unit).
 * Accepts Unix seconds, Unix milliseconds (detected: above 10^11), numeric strings, ISO 8601
 * strings (without an offset they are read in `timeZone`, the workflow's timezone, as n8n's
 * date picker means them), Date objects and Luxon DateTimes. Empty → undefined.
 * @throws InvalidFieldError for anything else.
 */
export function toUnixSeconds(value: unknown, timeZone: string, field: string): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'object' && value !== null && 'toSeconds' in value && typeof value.toSeconds === 'function') {
		return Math.floor((value as { toSeconds(): number }).toSeconds());
	}
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) throw new InvalidFieldError(field, 'is not a valid date');
		return Math.floor(value.getTime() / 1000);
	}
	if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value))) {
		const n = Number(value);
		if (!Number.isFinite(n) || n <= 0) throw new InvalidFieldError(field, `must be a date-time or Unix seconds, got ${String(value)}`);
		return Math.floor(n > 1e11 ? n / 1000 : n);
	}
	if (typeof value === 'string') {
		const text = value.trim();
		const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
		const parsed = Date.parse(hasZone || !/T|\d:\d/.test(text) ? text : `${text}Z`);
		if (Number.isNaN(parsed)) {
			throw new InvalidFieldError(field, `must be a date-time (ISO 8601 such as 2026-12-01T09:30:00, or Unix seconds), got "${text}"`);
		}
		if (hasZone || !/T|\d:\d/.test(text)) return Math.floor(parsed / 1000);
		// Wall-clock time in the workflow's timezone.
		const offset = offsetMinutes(new Date(parsed), timeZone);
		return Math.floor((parsed - offset * 60000) / 1000);
	}
	throw new InvalidFieldError(field, `must be a date-time, got ${typeof value}`);
}

/**
 * Normalises a recipient phone number: JSON numbers become strings; spaces, dashes, dots and
 * brackets are removed; a leading + is kept, never invented (local numbers stay local).
 * @throws InvalidFieldError when empty or when letters or other symbols remain.
 */
export function normalisePhone(value: unknown, field: string): string {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
		throw new InvalidFieldError(field, 'is empty; give a phone number in E.164 (+61411111111) or local format');
	}
	if (typeof value !== 'string' && typeof value !== 'number') {
		throw new InvalidFieldError(field, `must be one phone number (text), got ${Array.isArray(value) ? 'a list' : typeof value}`);
	}
	const compact = String(value).trim().replace(/[\s\-.()]/g, '');
	if (!/^\+?\d{3,16}$/.test(compact)) {
		throw new InvalidFieldError(field, `"${String(value)}" is not a phone number: use digits with an optional leading +, e.g. +61411111111`);
	}
	return compact;
}

/**
 * Normalises an SMS sender ID: empty → undefined (account default / shared number); numbers and
 * E.164 senders kept whole; alphanumeric sender IDs must be at most 11 letters/digits, no spaces.
 * @throws InvalidFieldError otherwise.
 */
export function normaliseSender(value: unknown, field: string): string | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
	if (typeof value !== 'string' && typeof value !== 'number') {
		throw new InvalidFieldError(field, `must be one sender ID (text), got ${Array.isArray(value) ? 'a list' : typeof value}`);
	}
	const text = String(value).trim();
	if (/^\+?[\d\s\-()]+$/.test(text)) return text.replace(/[\s\-()]/g, '');
	if (!/^[A-Za-z0-9]{1,11}$/.test(text)) {
		throw new InvalidFieldError(
			field,
			`"${text}" is not a valid sender ID: use at most 11 letters and digits without spaces, a phone number, or leave it empty`,
		);
	}
	return text;
}

/** Removes keys whose value is undefined, null or '' (ClickSend must not receive empty optional fields). */
export function compact<T extends IDataObject>(object: T): T {
	for (const key of Object.keys(object)) {
		const value = object[key];
		if (value === undefined || value === null || value === '') delete object[key];
	}
	return object;
}

/**
 * Wraps a field-checking function as a preSend hook: an {@link InvalidFieldError} becomes a
 * NodeOperationError for this item ("<field>: <what is allowed>") and no request is sent.
 */
export function validate(check: (this: IExecuteSingleFunctions, options: IHttpRequestOptions) => void | Promise<void>): PreSendAction {
	return preSend(async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		try {
			await check.call(this, options);
		} catch (error) {
			const message = error instanceof InvalidFieldError ? `Invalid ${error.message}` : (error as Error).message;
			throw new NodeOperationError(this.getNode(), message, { itemIndex: this.getItemIndex() });
		}
		return options;
	});
}

/**
 * preSend hook: converts the named query parameters from n8n date-times to Unix seconds
 * (e.g. `date_from`, `date_to` of history listings); empty ones are dropped.
 */
export function queryDatesToUnix(...names: string[]): PreSendAction {
	return validate(function (options) {
		const qs = (options.qs ??= {}) as IDataObject;
		for (const name of names) {
			const seconds = toUnixSeconds(qs[name], this.getTimezone(), name);
			if (seconds === undefined) delete qs[name];
			else qs[name] = seconds;
		}
	});
}
