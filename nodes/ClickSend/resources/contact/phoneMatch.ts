/**
 * Phone number comparison for Contact → Create or Update (matching only: nothing here changes
 * what is sent to ClickSend, and no `+` is ever invented in a request body).
 *
 * ClickSend stores numbers as they were given, so the same phone may be stored as
 * `+61411111111`, `61411111111`, `0411 111 111` or `0011 61 411 111 111`. With a country, numbers
 * are compared in an international digits form: formatting removed, the country's own
 * international call prefix counts as `+` (`0011 61…` in Australia, `011 61…` in the US), and a
 * national number with a leading trunk `0` (`0411111111`) becomes the country's calling code plus
 * the rest (`61411111111`), as does a national number written without one (US `(405) 555-5555` →
 * `14055555555`). Without a country (or one outside {@link CALLING_CODES}) only the exact digits
 * are compared.
 */

/**
 * Calling codes of the countries ClickSend customers use most (ISO 3166 alpha-2 → ITU code):
 * Australia 61, New Zealand 64, United Kingdom 44, United States and Canada 1, Ireland 353,
 * Singapore 65, South Africa 27, India 91. Numbers with a leading trunk `0` are converted, and so
 * are national numbers of the length in {@link NATIONAL_LENGTHS} (countries written without a trunk 0).
 */
export const CALLING_CODES: Readonly<Record<string, string>> = {
	AU: '61',
	CA: '1',
	GB: '44',
	IE: '353',
	IN: '91',
	NZ: '64',
	SG: '65',
	US: '1',
	ZA: '27',
};

/**
 * National numbers written without a trunk `0` (digits after the calling code): the United States
 * and Canada (10: `(405) 555-5555` is `+14055555555`), Singapore (8), India (10: `98765 43210`).
 */
const NATIONAL_LENGTHS: Readonly<Record<string, number>> = { CA: 10, IN: 10, SG: 8, US: 10 };

/**
 * International call prefixes (dialled before a calling code to call abroad) of the countries in
 * {@link CALLING_CODES}, at the start of the digits. Source: Google libphonenumber's
 * PhoneNumberMetadata.xml `internationalPrefix` (AU `001[14-689]`, NZ `0(?:0|161)`, US and CA
 * `011`, GB, IE, IN and ZA `00`), which agrees with Wikipedia's "List of international call
 * prefixes" (Australia 0011, also 0014, 0015, 0018; NANP 011; the ITU-recommended 00 elsewhere).
 * Carrier-selection forms (AU `1414 0011…`) are not read. Australia, the US and Canada also take
 * `00`, after their own prefixes: no national number there starts with 00, so `0061…` can only be
 * `+61…` written the ITU way. Singapore: the prefixes Wikipedia lists (001, also 000, 002, 008,
 * 012, 013, 018, 019), then `00` as elsewhere. libphonenumber's `0[0-3]\d` also takes 003–007,
 * 009… that no carrier dials: read that way, `0065 9123 4567` (+65, Singapore's own number written
 * the ITU way) was `006` and `5 9123 4567`. No national number there starts with 0.
 */
const INTERNATIONAL_PREFIXES: Readonly<Record<string, RegExp>> = {
	AU: /^(?:001[14-689]|00)/,
	CA: /^(?:011|00)/,
	GB: /^00/,
	IE: /^00/,
	IN: /^00/,
	NZ: /^0(?:0|161)/,
	SG: /^(?:00[0128]|01[2389]|00)/,
	US: /^(?:011|00)/,
	ZA: /^00/,
};

/**
 * Fewest digits a number dialled after an international call prefix has: a calling code and a
 * subscriber number (Niue, +683 and 4 digits, has 7; most have 10 or more).
 */
const MIN_INTERNATIONAL_DIGITS = 7;

/**
 * What is wrong with a phone number that starts with `country`'s
 * {@link INTERNATIONAL_PREFIXES international call prefix} (AU `0011`, US `011`) but has too few
 * digits after it to be a calling code and a number (`0011`, `0011 61`): the part of an error after
 * the field's name, or undefined (also without a country); a number with a `+` and fewer than 7 digits
 * (`+61 4`) likewise, whatever the country. Matched as it is, such a number would search for every
 * contact with that calling code and create a contact with no reachable number.
 * `value` is the number as checked (formatting removed); `given`, as the user wrote it, is what the
 * error quotes (default `value`).
 */
export function prefixOnlyProblem(value: unknown, country?: string, given: unknown = value): string | undefined {
	const raw = String(value ?? '').trim();
	const shown = String(given ?? '').trim();
	// The same after a `+`, with or without a Country: `+61 4` is a calling code and one digit.
	if (raw.startsWith('+')) {
		const digits = phoneDigits(raw);
		return digits.length >= MIN_INTERNATIONAL_DIGITS ? undefined : `"${shown}" has only ${digits.length} digit(s) after the +, too few for a calling code and a number; give the whole number, such as +61411111111`;
	}
	const iso = isoOf(country);
	const international = afterInternationalPrefix(raw, iso);
	if (!international) return undefined;
	const { prefix, after } = international;
	if (after.startsWith('0') || after.length >= MIN_INTERNATIONAL_DIGITS) return undefined;
	return `"${shown}" is the international call prefix ${prefix} (Country ${iso}) with ${after.length === 0 ? 'no digits' : `only ${after.length} digit(s)`} after it; give the whole number: a calling code and the subscriber number (such as ${prefix} 61 411 111 111 for +61411111111)`;
}

/** A country as {@link CALLING_CODES} keys it: two letters, upper-cased ('' for none). */
function isoOf(country: unknown): string {
	return String(country ?? '').trim().toUpperCase();
}

/**
 * `iso`'s {@link INTERNATIONAL_PREFIXES international prefix} at the start of a number's digits and
 * the digits after it; undefined for a country outside {@link CALLING_CODES}, a number with a `+`,
 * or one that does not start with the prefix.
 */
function afterInternationalPrefix(raw: string, iso: string): { prefix: string; after: string } | undefined {
	if (!CALLING_CODES[iso] || raw.startsWith('+')) return undefined;
	const digits = phoneDigits(raw);
	const prefix = INTERNATIONAL_PREFIXES[iso]?.exec(digits)?.[0];
	return prefix === undefined ? undefined : { prefix, after: digits.slice(prefix.length) };
}

/** Digits of a phone number: every other character removed (`+61 411-111 111` → `61411111111`). */
export function phoneDigits(value: unknown): string {
	return String(value ?? '').replace(/\D/g, '');
}

/**
 * Comparison key of a phone number for `country` (two-letter code, any case, may be empty): its
 * digits; when the country is in {@link CALLING_CODES} and the number has no `+`, the country's
 * {@link INTERNATIONAL_PREFIXES international prefix} and a calling code after it count as `+`
 * (AU `0011 61 411…` → `61411…`), else a leading national `0` is replaced by the country's calling
 * code, and a national number of the country's {@link NATIONAL_LENGTHS} gets it in front. The
 * prefix is read first: Australia's `0011` is not a trunk `0` followed by `011`.
 */
export function phoneMatchKey(value: unknown, country?: string): string {
	const raw = String(value ?? '').trim();
	const digits = phoneDigits(raw);
	const iso = isoOf(country);
	const code = CALLING_CODES[iso];
	if (!code || raw.startsWith('+')) return digits;
	// Only a calling code (never starting with 0) after the prefix makes it one: `0011` alone, or
	// `00 0411…`, is not an international number (and an empty key would match contacts without one).
	const international = afterInternationalPrefix(raw, iso);
	if (international && /^[1-9]/.test(international.after)) return international.after;
	if (digits.startsWith('0')) return code + digits.slice(1);
	if (digits.length === NATIONAL_LENGTHS[iso]) return code + digits;
	return digits;
}

/**
 * Text to search ClickSend for (its `q` is a substring match): the number without the country's
 * calling code when the key starts with it (`61411111111` → `411111111`, found in `+61411111111`
 * and `0411111111` alike); otherwise the key itself.
 */
export function phoneSearchText(key: string, country?: string): string {
	const code = CALLING_CODES[isoOf(country)];
	return code && key.startsWith(code) && key.length > code.length + 3 ? key.slice(code.length) : key;
}
