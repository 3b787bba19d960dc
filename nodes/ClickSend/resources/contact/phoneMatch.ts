/**
 * Phone number comparison for Contact → Create or Update (matching only: nothing here changes
 * what is sent to ClickSend, and no `+` is ever invented in a request body).
 *
 * ClickSend stores numbers as they were given, so the same phone may be stored as
 * `+61411111111`, `61411111111` or `0411 111 111`. With a country, numbers are compared in an
 * international digits form: formatting removed, and a national number with a leading trunk `0`
 * (`0411111111`) becomes the country's calling code plus the rest (`61411111111`), as does a
 * national number written without one (US `(405) 555-5555` → `14055555555`). Without a
 * country (or one outside {@link CALLING_CODES}) only the exact digits are compared.
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

/** Digits of a phone number: every other character removed (`+61 411-111 111` → `61411111111`). */
export function phoneDigits(value: unknown): string {
	return String(value ?? '').replace(/\D/g, '');
}

/**
 * Comparison key of a phone number for `country` (two-letter code, any case, may be empty):
 * its digits, with a leading national `0` replaced by the country's calling code when the
 * country is in {@link CALLING_CODES} and the number has no `+` or `00` international prefix (a
 * national number of the country's {@link NATIONAL_LENGTHS} gets the calling code in front).
 * `00` + digits (international dialling prefix) counts as `+` + digits.
 */
export function phoneMatchKey(value: unknown, country?: string): string {
	const raw = String(value ?? '').trim();
	const digits = phoneDigits(raw);
	const iso = String(country ?? '').trim().toUpperCase();
	const code = CALLING_CODES[iso];
	if (!code || raw.startsWith('+')) return digits;
	if (digits.startsWith('00')) return digits.slice(2);
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
	const code = CALLING_CODES[String(country ?? '').trim().toUpperCase()];
	return code && key.startsWith(code) && key.length > code.length + 3 ? key.slice(code.length) : key;
}
