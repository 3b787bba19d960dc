import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { flagOf, hasVisibleText, INVISIBLE_MARKS, isHttpUrl, readIdText } from './text';
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

/**
 * A ClickSend ID numbered from 1 (a contact list, a return address, a template…) as a field gives
 * it: a number, or digits as text (trimmed, invisible characters copied along removed). Returns the
 * digits as text. The one reader of such fields, so every field says the same (see {@link readIdText}).
 * @throws InvalidFieldError naming `field` when empty, not one ID (a list, an object), or not digits / 0.
 */
export function numberedId(value: unknown, field: string, example?: string): string {
	const { id, problem } = readIdText(value, 'numbered', example);
	if (problem !== undefined) throw new InvalidFieldError(field, problem);
	return id;
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

/** ISO 8601 date or date-time (`T` or a space between), optional seconds, fraction and offset. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** `Z`, `+11`, `+1100` or `+11:00` → `Z` / `+11:00`. */
function isoOffset(zone: string): string {
	const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
	return match ? `${match[1]}${match[2]}:${match[3] ?? '00'}` : 'Z';
}

/** Wall-clock `text` (ISO without offset, 'T' separated) read in `timeZone`, as epoch milliseconds. */
function wallClockMs(text: string, timeZone: string): number {
	const asUtc = Date.parse(`${text}Z`);
	if (Number.isNaN(asUtc)) return NaN;
	// Two passes settle the offset around DST changes.
	let guess = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60000;
	guess = asUtc - offsetMinutes(new Date(guess), timeZone) * 60000;
	return guess;
}

/** Whether `YYYY-MM-DD` names a day that exists (no 2027-02-30 rolling over into March). */
function isCalendarDate(date: string): boolean {
	const [year, month, day] = date.split('-').map(Number);
	const check = new Date(Date.UTC(year, month - 1, day));
	return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** Smallest number read as Unix seconds (2001-09-09): smaller numbers are not Unix times of ClickSend's era. */
const UNIX_SECONDS_FROM = 1e9;
/** Numbers from here on are not Unix milliseconds (year 5138): microseconds, or not a time at all. */
const UNIX_MILLISECONDS_BEFORE = 1e14;

/**
 * Converts a date-time to Unix seconds (ClickSend's time unit).
 * Accepts Unix seconds (from 10^9, 2001), Unix milliseconds (detected: above 10^11), numeric strings, ISO 8601
 * strings (dates and date-times; without an offset they are read in `timeZone`, the workflow's
 * timezone, as n8n's date picker means them), other date strings only with an explicit zone
 * (e.g. RFC 2822 "Tue, 01 Dec 2026 09:30:00 GMT"), Date objects and Luxon DateTimes.
 * Empty (undefined, null, '') → undefined.
 * @throws InvalidFieldError for anything else (0, negative and other numbers such as 20261130 or
 * microseconds, "12/01/2026", "next tuesday").
 */
export function toUnixSeconds(value: unknown, timeZone: string, field: string): number | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
	if (typeof value === 'object' && value !== null && 'toSeconds' in value && typeof value.toSeconds === 'function') {
		if ('isValid' in value && value.isValid === false) throw new InvalidFieldError(field, 'is not a valid date-time');
		return Math.floor((value as { toSeconds(): number }).toSeconds());
	}
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) throw new InvalidFieldError(field, 'is not a valid date');
		return Math.floor(value.getTime() / 1000);
	}
	if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value))) {
		const n = Number(value);
		if (!Number.isFinite(n) || n <= 0) throw new InvalidFieldError(field, `must be a date-time or Unix seconds, got ${String(value)}`);
		// Unix seconds from 2001-09-09 (10^9) or milliseconds (above 10^11, before 10^14): anything else
		// is another kind of number (20261130 as a date, a spreadsheet's day count 46356, microseconds),
		// which would filter from 1970 or schedule in the year 58888.
		if (n < UNIX_SECONDS_FROM || n >= UNIX_MILLISECONDS_BEFORE) {
			throw new InvalidFieldError(
				field,
				`${String(value).trim()} is neither Unix seconds of a date from 2001 nor Unix milliseconds; write it as a date-time such as 2026-12-01T09:30:00`,
			);
		}
		return Math.floor(n > 1e11 ? n / 1000 : n);
	}
	if (typeof value === 'string') {
		const text = value.trim();
		const iso = ISO_DATE_TIME.exec(text);
		let ms = NaN;
		if (iso) {
			const [, date, time, zone] = iso;
			if (!isCalendarDate(date)) {
				throw new InvalidFieldError(field, `"${text}" is not a calendar date (that day does not exist in that month)`);
			}
			const local = `${date}T${time ?? '00:00'}`;
			ms = zone ? Date.parse(`${local}${isoOffset(zone)}`) : wallClockMs(local, timeZone);
		} else if (/(\bGMT|\bUTC|\bZ|[+-]\d{2}:?\d{2})\s*$/i.test(text)) {
			ms = Date.parse(text);
		}
		if (Number.isNaN(ms)) {
			throw new InvalidFieldError(
				field,
				`must be a date-time (ISO 8601 such as 2026-12-01T09:30:00, a date picker value, or Unix seconds), got "${text}"`,
			);
		}
		return Math.floor(ms / 1000);
	}
	throw new InvalidFieldError(field, `must be a date-time, got ${Array.isArray(value) ? 'a list' : typeof value}`);
}

/**
 * Schedule policy of send operations (see README "Errors and limits"):
 * - empty → send now (the field is omitted, never 0);
 * - up to `pastGraceSeconds` in the past (clock skew, `{{ $now }}`) → send now (omitted);
 * - further in the past → error;
 * - later than `horizonMonths` calendar months ahead (ClickSend's help: SMS can be scheduled up to
 *   4 months in advance; later ones are not sent) → sent as given, with a warning on the output.
 */
export const SCHEDULE_POLICY = {
	/** Seconds in the past still read as "now". */
	pastGraceSeconds: 600,
	/** ClickSend's scheduling horizon, in calendar months. */
	horizonMonths: 4,
};

/** `seconds` as an ISO 8601 UTC string, e.g. 2026-12-01T09:30:00Z. */
export function isoSeconds(seconds: number): string {
	return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** The latest Unix time ClickSend schedules from `now` (Unix seconds): `horizonMonths` calendar months later. */
export function scheduleHorizon(now: number): number {
	const date = new Date(now * 1000);
	date.setUTCMonth(date.getUTCMonth() + SCHEDULE_POLICY.horizonMonths);
	return Math.floor(date.getTime() / 1000);
}

/** A schedule checked by {@link SCHEDULE_POLICY}: the Unix seconds to send (undefined = now) and a warning, if any. */
export interface CheckedSchedule {
	seconds: number | undefined;
	warning?: string;
}

/**
 * Converts a schedule with {@link toUnixSeconds} and applies {@link SCHEDULE_POLICY}.
 * `now` is Unix seconds (default: the current time). `empty`: what leaving the field empty does,
 * for the advice of a past time's error (campaign updates keep the current schedule).
 * @throws InvalidFieldError for values {@link toUnixSeconds} rejects and for past times.
 */
export function checkSchedule(
	value: unknown,
	timeZone: string,
	field: string,
	now = Math.floor(Date.now() / 1000),
	empty = 'leave it empty to send now',
): CheckedSchedule {
	const seconds = toUnixSeconds(value, timeZone, field);
	if (seconds === undefined) return { seconds: undefined };
	if (seconds < now - SCHEDULE_POLICY.pastGraceSeconds) {
		throw new InvalidFieldError(field, `${isoSeconds(seconds)} is in the past (now is ${isoSeconds(now)}); give a future time, or ${empty}`);
	}
	if (seconds <= now) return { seconds: undefined };
	const horizon = scheduleHorizon(now);
	if (seconds > horizon) {
		return {
			seconds,
			warning: `${field}: ${isoSeconds(seconds)} is more than ${SCHEDULE_POLICY.horizonMonths} months ahead (after ${isoSeconds(horizon)}); ClickSend documents scheduling up to ${SCHEDULE_POLICY.horizonMonths} months in advance and may not send it`,
		};
	}
	return { seconds };
}

/**
 * The schedule of a send without a documented scheduling horizon (fax, email, post, campaigns):
 * {@link checkSchedule}'s Unix seconds (undefined = send now), without its horizon warning.
 * `update`: a campaign update, where an empty Schedule keeps the current one (see keepCampaignSchedule).
 * @throws InvalidFieldError for values {@link toUnixSeconds} rejects and for past times (before any request).
 */
export function futureSchedule(value: unknown, timeZone: string, field: string, update = false): number | undefined {
	const empty = update ? 'a time of now to send it now, or leave it empty to keep the current schedule' : undefined;
	return checkSchedule(value, timeZone, field, undefined, empty).seconds;
}

/** The ISO 3166-1 alpha-2 country codes (officially assigned, 249). */
const ISO_COUNTRIES = new Set(
	(
		'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
		'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
		'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
		'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
		'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
		'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ ' +
		'UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
	).split(' '),
);

/**
 * An ISO 3166-1 alpha-2 country code (e.g. AU, GB, US), trimmed and upper-cased.
 * @throws InvalidFieldError "is empty" for nothing (an expression's missing key), null, blanks or
 * invisible characters alone; otherwise when the value is not one of the assigned codes (UK is pointed to GB).
 */
export function isoCountry(value: unknown, field: string): string {
	const text = typeof value === 'string' ? value.replace(INVISIBLE_MARKS, '').trim().toUpperCase() : '';
	if (value === undefined || value === null || (typeof value === 'string' && text === '')) {
		throw new InvalidFieldError(field, 'is empty; give a two-letter ISO 3166 country code such as AU or US');
	}
	if (!ISO_COUNTRIES.has(text)) {
		const hint = text === 'UK' ? '; the United Kingdom is GB' : '';
		// Text in quotes; a list, an object or a number (from an expression) as JSON, so ["AU"] does not read as "AU".
		const got = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
		throw new InvalidFieldError(field, `must be a two-letter ISO 3166 country code such as AU or US, got ${got}${hint}`);
	}
	return text;
}

/**
 * Puts the country parameter `parameter` into `options.url` at `{parameter}` as an assigned
 * two-letter ISO code, upper-cased (`/pricing/AU`, `/numbers/search/GB`).
 * @throws InvalidFieldError "Country" otherwise (e.g. "Australia", or "UK" with the hint GB).
 */
export function countryIntoPath(context: IExecuteSingleFunctions, options: IHttpRequestOptions, parameter: string): void {
	const country = isoCountry(context.getNodeParameter(parameter, undefined, { extractValue: true }), 'Country');
	options.url = options.url.replace(`{${parameter}}`, country);
}

/** `name@domain.tld`: no spaces or address punctuation, a domain of non-empty dot-separated labels. */
const EMAIL_PATTERN = /^[^\s@<>(),;:"]+@(?:[^\s@<>(),;:".]+\.)+[^\s@<>(),;:".]+$/;

/**
 * Checks one email address: invisible characters copied along with it (zero-width spaces, bidi
 * marks) are removed and it is trimmed; then `name@domain.tld`, no spaces.
 * @throws InvalidFieldError naming `field` when it is empty, not text or not an email address.
 */
export function normaliseEmail(value: unknown, field: string): string {
	const email = typeof value === 'string' ? value.replace(INVISIBLE_MARKS, '').trim() : value;
	if (email === undefined || email === null || email === '') {
		throw new InvalidFieldError(field, 'is empty; give an email address such as name@example.com');
	}
	if (typeof email !== 'string') {
		throw new InvalidFieldError(field, `must be one email address (text), got ${Array.isArray(email) ? 'a list' : typeof email}`);
	}
	if (!EMAIL_PATTERN.test(email)) throw new InvalidFieldError(field, `"${email}" is not an email address (name@example.com)`);
	return email;
}

/** Whether a field's value is empty: not given, null, or text of only spaces and zero-width characters. */
export const isBlank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && !hasVisibleText(value));

/**
 * The part after the field's name of a refused choice's error: `is empty; choose <allowed>` for
 * nothing (undefined, null, blank text), else `must be <allowed>, got <the value as JSON>`.
 * `allowed` as the message lists it: `"number" or "list"`, `one of 0 (All Reports), 1 (Only Failed)`.
 */
export function choiceProblem(value: unknown, allowed: string): string {
	return isBlank(value) ? `is empty; choose ${allowed}` : `must be ${allowed}, got ${JSON.stringify(value) ?? String(value)}`;
}

/**
 * The part after the field's name of a refused value's error: `is empty; give <wanted>` for nothing
 * (undefined, null, blank text), else `must be <wanted>, got <shown>` (default: the value as JSON).
 * `wanted` as the message names it: `a year such as 2026`, `a number above 0 (such as 12.5)`.
 */
export function valueProblem(value: unknown, wanted: string, shown = JSON.stringify(value) ?? String(value)): string {
	return isBlank(value) ? `is empty; give ${wanted}` : `must be ${wanted}, got ${shown}`;
}

/** Text without the invisible characters copied along with it ({@link INVISIBLE_MARKS}); anything else as it is. */
export const withoutInvisible = (value: unknown): unknown => (typeof value === 'string' ? value.replace(INVISIBLE_MARKS, '') : value);

/**
 * The Reply Email (`from_email`) of a message, in place: blank is dropped (the field is optional),
 * anything else must be one email address ({@link normaliseEmail}).
 * @throws InvalidFieldError "Reply Email".
 */
export function checkReplyEmail(message: IDataObject): void {
	const value = message.from_email;
	if (value === undefined) return;
	if (typeof value === 'string' && value.replace(INVISIBLE_MARKS, '').trim() === '') delete message.from_email;
	else message.from_email = normaliseEmail(value, 'Reply Email');
}

/**
 * A text field's value as ClickSend takes it: text as it is; numbers and booleans (e.g. from an
 * expression) as text.
 * @throws InvalidFieldError naming `field` for lists and objects.
 */
export function textValue(value: unknown, field: string): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	throw new InvalidFieldError(field, `must be text, got ${Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value}`);
}

/**
 * {@link textValue}'s text without the invisible characters copied along with it, trimmed: how
 * URLs, addresses and IDs typed or pasted into text fields are read.
 * @throws InvalidFieldError naming `field` for lists and objects.
 */
export function plainText(value: unknown, field: string): string {
	return textValue(value, field).replace(INVISIBLE_MARKS, '').trim();
}

/**
 * A text field that must have something in it: {@link textValue}'s text (nothing, undefined or
 * null, is empty), trimmed unless `keepSpaces`; blanks and zero-width characters alone are empty.
 * @throws InvalidFieldError naming `field`: a list or object, or "is empty" (then `; <hint>` when given).
 */
export function requiredText(value: unknown, field: string, options: { hint?: string; keepSpaces?: boolean } = {}): string {
	const text = textValue(value ?? '', field);
	if (!hasVisibleText(text)) throw new InvalidFieldError(field, options.hint ? `is empty; ${options.hint}` : 'is empty');
	return options.keepSpaces ? text : text.trim();
}

/**
 * One http(s) URL as text (a logo, an image to fetch): invisible characters copied along are
 * removed, spaces around it trimmed.
 * @throws InvalidFieldError naming `field`: empty, a list or object, or not an http(s) URL.
 */
export function httpUrl(value: unknown, field: string): string {
	// Invisible characters removed before trimming (a space next to a zero-width one would survive the trim).
	const url = requiredText(withoutInvisible(value), field, { hint: 'give an http(s) URL such as https://example.com/logo.png' });
	if (!isHttpUrl(url)) throw new InvalidFieldError(field, `"${url}" is not an http(s) URL such as https://example.com/logo.png`);
	return url;
}

/**
 * A normalised phone number: E.164 (+, a country code that does not start with 0, at most 15
 * digits in all) or a local number of 3 to 16 digits.
 */
const PHONE = /^(?:\+[1-9]\d{2,14}|\d{3,16})$/;

/** `+44 (0)`, `(+44)(0)`, `0044 (0)`: an international prefix and country code, then a bracketed trunk 0. */
const TRUNK_AFTER_COUNTRY_CODE = /^(\(?\s*(?:\+|00)\s*([1-9]\d{0,2})\s*\)?[\s.-]*)\(\s*0\s*\)/;
/**
 * `+61 0411…`, `+44 020…`, `(+44) 0 20…`: a country code set apart by a space, dash or dot, then a
 * trunk 0 (the separator shows where the country code ends).
 */
const SPACED_TRUNK_AFTER_COUNTRY_CODE = /^(\(?\s*\+\s*([1-9]\d{0,2})\s*\)?[\s.-]+)0(?=[\s.-]*\d)/;
/** Country codes whose numbers keep their leading 0 when dialled from abroad. */
const KEEPS_TRUNK_ZERO = new Set(['39', '378', '379', '225']);

/**
 * Normalises a recipient phone number: JSON numbers become strings; spaces, dashes, dots, brackets,
 * invisible marks, a "tel:" prefix and one slash after an area code (2 to 6 digits) are removed
 * (full-width digits become ASCII), and so is a trunk 0 right after a country code, in brackets
 * (+44 (0)20 → +4420) or set apart from a + country code (+61 0411 → +61411; Italy's +39 06 keeps its 0);
 * a leading + is kept, never invented (local numbers stay local; an international prefix such as 00 is
 * left as it is, as it differs by country).
 * @throws InvalidFieldError when empty, when letters or other symbols remain, or when the digits
 * cannot be a phone number (fewer than 3, more than 15 after a +, more than 16, a + then 0).
 */
export function normalisePhone(value: unknown, field: string): string {
	// Already normalised (the usual case in bulk sends): returned as it is, without new strings.
	if (typeof value === 'string' && PHONE.test(value)) return value;
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
		throw new InvalidFieldError(field, 'is empty; give a phone number in E.164 (+61411111111) or local format');
	}
	if (typeof value !== 'string' && typeof value !== 'number') {
		throw new InvalidFieldError(field, `must be one phone number (text), got ${Array.isArray(value) ? 'a list' : typeof value}`);
	}
	// Full-width digits and plus (＋６１…) become ASCII (NFKC); invisible marks copied along with a
	// number (direction marks, zero-width spaces, soft hyphens) and a "tel:" link prefix are dropped.
	let text = String(value).normalize('NFKC').replace(INVISIBLE_MARKS, '').trim().replace(/^tel:/i, '');
	// "+44 (0)20 7946 0958", "(+44) (0)20…", "0044 (0)20…": the trunk 0 written right after a country
	// code is not dialled with it, except where it is part of the number (Italy, San Marino, Vatican,
	// Côte d'Ivoire). A "(0)" anywhere else only loses its brackets.
	text = text.replace(TRUNK_AFTER_COUNTRY_CODE, (_all, prefix: string, code: string) => (KEEPS_TRUNK_ZERO.has(code) ? `${prefix}0` : prefix));
	// The same trunk 0 without brackets, when a separator shows where the country code ends ("+61 0411…").
	text = text.replace(SPACED_TRUNK_AFTER_COUNTRY_CODE, (all, prefix: string, code: string) => (KEEPS_TRUNK_ZERO.has(code) ? all : prefix));
	// One slash after an area code ("0171/1234567"); other slashes (two numbers, extensions) are refused.
	const slash = /^([^/]*)\/([^/]*)$/.exec(text);
	const areaDigits = slash ? slash[1].replace(/\D/g, '').length : 0;
	if (slash && areaDigits >= 2 && areaDigits <= 6) text = `${slash[1]}${slash[2]}`;
	const compact = text.replace(/[\s\-.()]/g, '');
	if (PHONE.test(compact)) return compact;
	const digits = compact.startsWith('+') ? compact.slice(1) : compact;
	let problem = 'use digits with an optional leading +, e.g. +61411111111';
	if (compact.includes('/') && /\d/.test(compact)) problem = 'a slash is taken only after an area code (0171/1234567): give one phone number, without an extension';
	else if (/^\d+$/.test(digits)) {
		if (digits.length < 3) problem = `it has ${digits.length} digit(s), a phone number has at least 3`;
		else if (compact.startsWith('+') && digits.startsWith('0')) problem = 'after the + comes a country code, which never starts with 0 (e.g. +61411111111 for 0411 111 111 in Australia)';
		else if (compact.startsWith('+')) problem = `it has ${digits.length} digits after the +, an E.164 number has at most 15`;
		else problem = `it has ${digits.length} digits, a phone number has at most 16`;
	}
	throw new InvalidFieldError(field, `"${String(value)}" is not a phone number: ${problem}`);
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
	if (/^\+?[\d\s\-()]+$/.test(text) && /\d/.test(text)) {
		const number = text.replace(/[\s\-()]/g, '');
		if (number.replace('+', '').length > 16) {
			throw new InvalidFieldError(field, `"${text}" is too long for a phone number sender (at most 16 digits)`);
		}
		return number;
	}
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
	for (const key in object) {
		if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
		const value = object[key];
		if (value === undefined || value === null || value === '') delete object[key];
	}
	return object;
}

/** A field-checking function: throws {@link InvalidFieldError} (or any error) for a bad value; may be async. */
export type FieldCheck = (this: IExecuteSingleFunctions, options: IHttpRequestOptions) => void | Promise<void>;

/** The field check behind each hook made by {@link validate}, for callers that run it directly. */
const fieldChecks = new WeakMap<PreSendAction, FieldCheck>();

/**
 * The field check a preSend hook made by {@link validate} runs, if it is one: batched sends call
 * it directly for each of thousands of items, without the hook's promise wrappers.
 */
export function fieldCheckOf(hook: PreSendAction): FieldCheck | undefined {
	return fieldChecks.get(hook);
}

/** The item's error for what a field check threw: "Invalid <field>: <what is allowed>" for an {@link InvalidFieldError}. */
export function fieldCheckError(context: IExecuteSingleFunctions, error: unknown): NodeOperationError {
	const message = error instanceof InvalidFieldError ? `Invalid ${error.message}` : (error as Error).message;
	return new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex() });
}

/**
 * Wraps a field-checking function as a preSend hook: an {@link InvalidFieldError} becomes a
 * NodeOperationError for this item ("<field>: <what is allowed>") and no request is sent.
 */
export function validate(check: FieldCheck): PreSendAction {
	const hook = preSend(async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		try {
			await check.call(this, options);
		} catch (error) {
			throw fieldCheckError(this, error);
		}
		return options;
	});
	fieldChecks.set(hook, check);
	return hook;
}

/**
 * A boolean field's value as ClickSend's 0/1 flag: true/false, 1/0, or the texts "true"/"false"/"1"/"0"
 * (any case, spaces around them ignored), as a spreadsheet or webhook column gives them; nothing
 * (undefined, null, '') is 0, the fields' default.
 * @throws InvalidFieldError naming `field` for anything else (e.g. "yes", 2, a list).
 */
export function toFlag(value: unknown, field: string): 0 | 1 {
	const flag = flagOf(value);
	if (flag !== undefined) return flag ? 1 : 0;
	const shown = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
	throw new InvalidFieldError(field, `must be true or false, got ${shown}`);
}

/**
 * An amount or percentage as a number: a number, or text of one (`"12.5"`, spaces around it
 * ignored; no thousands separators, which differ by country). `positive`: above 0, else 0 or more.
 * @throws InvalidFieldError naming `field` for anything else, a negative value, or 0 when `positive`.
 */
export function amountValue(value: unknown, field: string, positive = false): number {
	const text = typeof value === 'string' ? value.trim() : value;
	const amount = typeof text === 'number' ? text : typeof text === 'string' && /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
	const allowed = positive ? 'a number above 0' : 'a number, 0 or more';
	if (!Number.isFinite(amount) || amount < 0 || (positive && amount === 0)) {
		throw new InvalidFieldError(field, valueProblem(value, `${allowed} (such as 12.5)`, typeof value === 'string' ? `"${value}"` : undefined));
	}
	return amount;
}

/** The keys of a routing body path such as `messages[0].machine_detection`. */
function pathKeys(path: string): string[] {
	return path.split(/[.[\]]+/).filter((key) => key !== '');
}

/**
 * preSend hook of a boolean field sent as ClickSend's 0/1 flag at body path `property` (e.g.
 * `colour`, `messages[0].machine_detection`): the value set there becomes 0 or 1 by {@link toFlag}.
 * Nothing happens when the body has no such property (the field is not set).
 * @throws InvalidFieldError naming `field` for a value that is not true or false.
 */
export function flagToNumber(property: string, field: string): PreSendAction {
	return convertAtPath(`flag\u0000${field}`, 'body', property, (value) => toFlag(value, field));
}

/**
 * preSend hook of a text query filter (a search, a sort) at `property`: text, trimmed (numbers as
 * text); blanks and zero-width characters alone become '' (not set: the list executor drops it).
 * @throws InvalidFieldError naming `field` for a list or an object (it went out as `q[0]=…`).
 */
export function queryText(property: string, field: string): PreSendAction {
	return convertAtPath(`text\u0000${field}`, 'qs', property, (value) => {
		if (value === undefined || value === null) return '';
		const text = textValue(value, field);
		return hasVisibleText(text) ? text.trim() : '';
	});
}

/** One hook per conversion key and path (see {@link convertAtPath}). */
const pathHooks = new Map<string, PreSendAction>();

/**
 * preSend hook converting the value a field's routing put at `property` (a path such as
 * `messages[0].machine_detection`) of the request's `location` (`body` or `qs`); nothing happens
 * when the request has no such property (the field is not set). `key` names the conversion: one
 * hook per key and path, so identical fields of several operations stay identical (and are merged).
 * @throws whatever `convert` throws (an InvalidFieldError naming the field).
 */
export function convertAtPath(key: string, location: 'body' | 'qs', property: string, convert: (value: unknown) => unknown): PreSendAction {
	const cacheKey = `${key}\u0000${location}\u0000${property}`;
	const cached = pathHooks.get(cacheKey);
	if (cached) return cached;
	const keys = pathKeys(property);
	const last = keys.pop() as string;
	const hook = validate(function (options) {
		let parent = options[location] as IDataObject | undefined;
		for (const step of keys) parent = parent?.[step] as IDataObject | undefined;
		if (parent === null || typeof parent !== 'object' || !(last in parent)) return;
		parent[last] = convert(parent[last]) as IDataObject[string];
	});
	pathHooks.set(cacheKey, hook);
	return hook;
}

/**
 * preSend hook: converts query parameters from n8n date-times to Unix seconds, `labels` mapping
 * each parameter to its field's name (e.g. `{ date_from: 'Sent After' }` of history listings);
 * empty ones are dropped. With two parameters (a range, from then to), the first must not be
 * later than the second (swapped spreadsheet columns would list nothing, as if nothing was sent).
 * @throws InvalidFieldError naming the field for a value that is not a date-time, or a reversed range.
 */
export function queryDatesToUnix(labels: Record<string, string>): PreSendAction {
	const names = Object.keys(labels);
	return validate(function (options) {
		const qs = (options.qs ??= {}) as IDataObject;
		for (const name of names) {
			const seconds = toUnixSeconds(qs[name], this.getTimezone(), labels[name]);
			if (seconds === undefined) delete qs[name];
			else qs[name] = seconds;
		}
		const [from, to] = names;
		if (to !== undefined && typeof qs[from] === 'number' && typeof qs[to] === 'number' && qs[from] > qs[to]) {
			throw new InvalidFieldError(labels[from], `is later than ${labels[to]}: nothing can be in that range (are the two swapped?)`);
		}
	});
}

/** The GSM 03.38 basic character set (one septet each). */
const GSM_7_BASIC = new Set(
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** The GSM 03.38 extension table (two septets each: escape + character). */
const GSM_7_EXTENDED = new Set('^{}\\[~]|€\f');

/** Letters, digits, space, newlines and the ASCII punctuation that GSM 03.38 holds in its basic table. */
const PLAIN_GSM_7 = /^[A-Za-z0-9 \n\r!"#%&'()*+,\-./:;<=>?@_$]*$/;

/** How ClickSend counts a text: GSM-7 in septets, anything else as Unicode (UCS-2 code units, emoji = 2). */
export interface TextMeasure {
	encoding: 'GSM-7' | 'Unicode';
	/** Septets (GSM-7) or UTF-16 code units (Unicode). */
	length: number;
}

/** GSM-7 when every character is in GSM 03.38 (extension characters count twice), else Unicode. */
export function measureText(text: string): TextMeasure {
	// Fast path: plain text made only of GSM-7 basic characters (most messages) counts one septet each.
	if (PLAIN_GSM_7.test(text)) return { encoding: 'GSM-7', length: text.length };
	let septets = 0;
	for (const ch of text) {
		if (GSM_7_BASIC.has(ch)) septets += 1;
		else if (GSM_7_EXTENDED.has(ch)) septets += 2;
		else return { encoding: 'Unicode', length: text.length };
	}
	return { encoding: 'GSM-7', length: septets };
}

/** Per-encoding length rules of one channel: a single part, each part of a multi-part text, the most ClickSend keeps. */
export interface EncodingLimits {
	single: number;
	perPart: number;
	/** Longest text ClickSend sends without truncating it. */
	max: number;
}

/** Length rules of a message channel. */
export interface ChannelLimits {
	/** Name in errors, e.g. "SMS". */
	label: string;
	gsm: EncodingLimits;
	unicode: EncodingLimits;
}

/**
 * ClickSend's documented message lengths (API docs, SMS/MMS/Voice "How many characters can I send"):
 * - SMS: 160 GSM-7 characters in one part, 153 per part beyond; 70/67 for Unicode. "If a message
 *   is longer than 6 message parts, it will be truncated": at most 918 GSM-7 / 402 Unicode.
 * - MMS: 1500 GSM-7 / 500 Unicode characters, longer text is truncated (no parts).
 * - Voice: 300 GSM-7 / 150 Unicode characters per part, truncated beyond 4 parts (1200 / 600).
 */
export const MESSAGE_LIMITS: Readonly<Record<'sms' | 'mms' | 'voice', ChannelLimits>> = {
	sms: { label: 'SMS', gsm: { single: 160, perPart: 153, max: 918 }, unicode: { single: 70, perPart: 67, max: 402 } },
	mms: { label: 'MMS', gsm: { single: 1500, perPart: 1500, max: 1500 }, unicode: { single: 500, perPart: 500, max: 500 } },
	voice: { label: 'voice', gsm: { single: 300, perPart: 300, max: 1200 }, unicode: { single: 150, perPart: 150, max: 600 } },
};

/** What ClickSend will make of a message text. */
export interface TextEstimate extends TextMeasure {
	/** Estimated parts (credits per recipient for SMS); 0 for an empty text. */
	parts: number;
	/** The channel's longest text for this encoding. */
	max: number;
	/** Whether ClickSend would truncate the text. */
	tooLong: boolean;
}

/**
 * Estimates encoding and parts of a message text the way ClickSend counts them
 * (SMS: 160/153 GSM-7, 70/67 Unicode) and whether it is over the channel's maximum.
 */
export function estimateMessage(text: string, channel: keyof typeof MESSAGE_LIMITS = 'sms'): TextEstimate {
	const measure = measureText(text);
	const limits = MESSAGE_LIMITS[channel][measure.encoding === 'GSM-7' ? 'gsm' : 'unicode'];
	const parts = measure.length === 0 ? 0 : measure.length <= limits.single ? 1 : Math.ceil(measure.length / limits.perPart);
	// Explicit properties: spreading `measure` costs ~30× more, paid per message of a large batch.
	return { encoding: measure.encoding, length: measure.length, parts, max: limits.max, tooLong: measure.length > limits.max };
}

/**
 * The problem text for a message ClickSend would truncate ("is 1000 GSM-7 characters (7 parts);
 * ClickSend truncates SMS text after 918"). With the `text`, it says why a count exceeds what the
 * user sees: GSM-7 extension characters (€ ^ { } [ ] ~ | \ form feed) count twice, emoji and letters with
 * separate accents count as 2 or more UTF-16 units, and it names the first character (with its code
 * point) that made a text Unicode.
 */
export function tooLongProblem(estimate: TextEstimate, channel: keyof typeof MESSAGE_LIMITS = 'sms', text = ''): string {
	const characters = [...text];
	let twice = '';
	if (estimate.encoding === 'GSM-7') {
		// The extension characters present, which take two septets each.
		const present = [...new Set(characters.filter((ch) => GSM_7_EXTENDED.has(ch)))].map((ch) => (ch === '\f' ? 'form feed' : ch));
		if (present.length) twice = `${present.join(' ')} count${present.length === 1 ? 's' : ''} twice`;
	} else if (graphemeCount(text) < text.length) {
		// UTF-16 code units: an emoji is 2 or more (flags 4, families 8), and so is a letter typed with a separate accent.
		twice = 'emoji and combined characters count as 2 or more';
	}
	// The first character outside GSM-7 (e.g. a curly quote, a no-break space) is what made the text Unicode.
	const outside = estimate.encoding === 'Unicode' ? characters.find((ch) => !GSM_7_BASIC.has(ch) && !GSM_7_EXTENDED.has(ch)) : undefined;
	const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	const notes = [
		...(channel === 'mms' ? [] : [`${estimate.parts} parts`]),
		...(outside !== undefined ? [`Unicode because of ${JSON.stringify(outside)} (${codePoint(outside)})`] : []),
		...(twice ? [twice] : []),
	];
	const unit = estimate.encoding === 'GSM-7' ? 'GSM-7 characters' : 'Unicode characters';
	return `is ${estimate.length} ${unit}${notes.length ? ` (${notes.join('; ')})` : ''}; ClickSend truncates ${MESSAGE_LIMITS[channel].label} text after ${estimate.max}`;
}

/** User-perceived characters of a text (grapheme clusters); its UTF-16 length where Intl.Segmenter is missing. */
function graphemeCount(text: string): number {
	if (typeof Intl.Segmenter !== 'function') return text.length;
	return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

/** ClickSend's limit for an MMS subject (API docs: "Subject line. Maximum 20 characters."). */
export const MMS_SUBJECT_MAX_LENGTH = 20;

/**
 * Checks an MMS subject: text (numbers as text; a list or object fails) with something in it (zero-width
 * characters alone are empty), at most {@link MMS_SUBJECT_MAX_LENGTH} characters as the user sees
 * them (an emoji, a flag or a letter with its accent count once).
 * @returns the trimmed subject. @throws InvalidFieldError naming `field`.
 */
export function checkMmsSubject(value: unknown, field = 'Subject'): string {
	const subject = requiredText(value, field, { hint: `MMS messages need a subject of at most ${MMS_SUBJECT_MAX_LENGTH} characters` });
	const length = graphemeCount(subject);
	if (length > MMS_SUBJECT_MAX_LENGTH) {
		throw new InvalidFieldError(field, `is ${length} characters; ClickSend allows at most ${MMS_SUBJECT_MAX_LENGTH}`);
	}
	return subject;
}

/** Largest MMS attachment ClickSend sends (API docs: "up to 250 kB"), in bytes (250 × 1024). */
export const MMS_MEDIA_MAX_BYTES = 250 * 1024;
/** MMS media types `/mms/send` takes as they are (API docs, "Supported File Types"). */
export const MMS_DIRECT_MEDIA_TYPES: readonly string[] = ['jpg', 'gif'];
/** MMS media types that must first go through `POST /uploads?convert=mms` (API docs). */
export const MMS_CONVERT_MEDIA_TYPES: readonly string[] = ['jpeg', 'png', 'bmp'];

/** An MMS media file to check: its name or URL (for the extension), MIME type and size when known. */
export interface MediaFile {
	fileName?: string;
	url?: string;
	mimeType?: string;
	/** Size in bytes. */
	size?: number;
}

function mediaType(file: MediaFile): string | undefined {
	const fromName = /\.([a-z0-9]+)$/i.exec((file.fileName ?? file.url ?? '').replace(/[?#].*$/, ''))?.[1];
	if (fromName) return fromName.toLowerCase();
	const fromMime = /^image\/([a-z0-9.+-]+)$/i.exec(file.mimeType ?? '')?.[1]?.toLowerCase();
	if (fromMime === 'jpeg' || fromMime === 'pjpeg') return 'jpeg';
	if (fromMime === 'x-ms-bmp') return 'bmp';
	return fromMime;
}

/**
 * Checks an MMS media file against ClickSend's limits: at most {@link MMS_MEDIA_MAX_BYTES} (when
 * the size is known) and a supported type. `converted: false` (default) requires a type `/mms/send`
 * takes directly (jpg, gif); `converted: true` (the file goes through `/uploads?convert=mms`
 * first) also allows jpeg, png and bmp.
 * @returns the file's type (extension). @throws InvalidFieldError naming `field` and what is allowed.
 */
export function checkMmsMedia(file: MediaFile, field = 'Media File', options: { converted?: boolean } = {}): string {
	const allowed = options.converted ? [...MMS_DIRECT_MEDIA_TYPES, ...MMS_CONVERT_MEDIA_TYPES] : MMS_DIRECT_MEDIA_TYPES;
	const type = mediaType(file);
	const name = file.fileName ?? file.url ?? 'the file';
	if (!type || !allowed.includes(type)) {
		const convertible = !options.converted && type !== undefined && MMS_CONVERT_MEDIA_TYPES.includes(type);
		throw new InvalidFieldError(
			field,
			`"${name}" is ${type ? `a ${type} file` : 'of an unknown type'}; ClickSend MMS takes ${allowed.join(', ')}${
				convertible ? ' (upload it with Convert To "MMS" first)' : ''
			}`,
		);
	}
	if (file.size !== undefined && file.size > MMS_MEDIA_MAX_BYTES) {
		throw new InvalidFieldError(
			field,
			`"${name}" is ${Math.ceil(file.size / 1024)} kB; ClickSend MMS takes at most ${MMS_MEDIA_MAX_BYTES / 1024} kB (some older phones only 30 kB)`,
		);
	}
	return type;
}
