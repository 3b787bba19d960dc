/**
 * Message rules shared by the send-style routes (SMS now; MMS/voice/fax can reuse them):
 * recipient and sender-id checks, schedule checks, GSM-7 vs UCS-2 part counting, prices.
 */

/** ClickSend's documented free test numbers (SMS, MMS and voice). */
export const TEST_NUMBERS: readonly string[] = [
	'+61411111111',
	'+61422222222',
	'+61433333333',
	'+61444444444',
	'+14055555555',
	'+14055555666',
	'+447777777777',
	'+8615555555555',
];

/** Sandbox SMS price per message part, in the account currency. */
export const SMS_PRICE_PER_PART = 0.0771;

/** One day in seconds: schedules further in the past than this are INVALID_SCHEDULE. */
export const SCHEDULE_PAST_TOLERANCE_S = 86_400;

/** Calling codes the sandbox recognises, longest first. */
const CALLING_CODES: readonly [string, string][] = [
	['61', 'AU'],
	['64', 'NZ'],
	['44', 'GB'],
	['86', 'CN'],
	['91', 'IN'],
	['65', 'SG'],
	['49', 'DE'],
	['33', 'FR'],
	['1', 'US'],
];

/** Current time in Unix seconds. */
export function nowSeconds(): number {
	return Math.floor(Date.now() / 1000);
}

/** ISO country for an E.164 number (`+61411111111` -> `AU`), or `fallback`. */
export function countryForNumber(e164: string, fallback = 'AU'): string {
	const digits = e164.replace(/^\+/, '');
	for (const [code, country] of CALLING_CODES) if (digits.startsWith(code)) return country;
	return fallback;
}

/** The carrier ClickSend reports; the spec's examples show `Telstra` for AU and `` elsewhere. */
export function carrierFor(country: string): string {
	return country === 'AU' ? 'Telstra' : '';
}

/** Result of checking a recipient. */
export interface Recipient {
	valid: boolean;
	/** E.164 form (`+61411111111`) when valid, else the input as given. */
	to: string;
	/** ISO country of the number (or the message's `country`). */
	country: string;
}

/**
 * Check a recipient: after stripping one leading `+` it must be 6-16 digits and nothing else.
 * Local numbers (`0411111111`) are converted with `country`'s calling code when known.
 */
export function checkRecipient(raw: unknown, country?: string): Recipient {
	const input = raw === undefined || raw === null ? '' : String(raw).trim();
	const hasPlus = input.startsWith('+');
	const digits = hasPlus ? input.slice(1) : input;
	const fallback = (country ?? 'AU').toUpperCase();
	if (!/^\d{6,16}$/.test(digits)) return { valid: false, to: input, country: fallback };
	let e164 = `+${digits}`;
	if (!hasPlus && digits.startsWith('0')) {
		const code = CALLING_CODES.find(([, c]) => c === fallback)?.[0];
		if (code) e164 = `+${code}${digits.slice(1)}`;
	}
	return { valid: true, to: e164, country: countryForNumber(e164, fallback) };
}

/** True for a valid sender id: empty (shared number), a phone number, or <= 11 alphanumerics without spaces. */
export function isValidSenderId(from: unknown): boolean {
	if (from === undefined || from === null || from === '') return true;
	const value = String(from);
	if (/\s/.test(value)) return false;
	if (/^\+?\d{3,16}$/.test(value)) return true;
	return value.length <= 11 && /^[A-Za-z0-9]+$/.test(value);
}

/** Parsed `schedule`: undefined when absent/0, NaN when not a number, else Unix seconds. */
export function parseSchedule(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '' || value === 0 || value === '0')
		return undefined;
	const n = typeof value === 'number' ? value : Number(String(value).trim());
	return Number.isFinite(n) ? Math.floor(n) : NaN;
}

/** True when a parsed schedule is unusable: not numeric or more than a day in the past. */
export function isInvalidSchedule(schedule: number | undefined, now: number): boolean {
	if (schedule === undefined) return false;
	return Number.isNaN(schedule) || schedule < now - SCHEDULE_PAST_TOLERANCE_S;
}

const GSM_BASIC = new Set(
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

/** Encoding and septet/code-unit length of a message body. */
export function messageEncoding(body: string): { encoding: 'GSM-7' | 'UCS-2'; length: number } {
	let septets = 0;
	for (const ch of body) {
		if (GSM_BASIC.has(ch)) septets += 1;
		else if (GSM_EXTENDED.has(ch)) septets += 2;
		else return { encoding: 'UCS-2', length: body.length };
	}
	return { encoding: 'GSM-7', length: septets };
}

/** Number of SMS parts: GSM-7 160 single / 153 per part, UCS-2 70 single / 67 per part; 1 for empty. */
export function messageParts(body: string): number {
	const { encoding, length } = messageEncoding(body);
	const [single, multi] = encoding === 'GSM-7' ? [160, 153] : [70, 67];
	return length <= single ? 1 : Math.ceil(length / multi);
}

/** Round a price to 4 decimals. */
export function roundPrice(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}
