/**
 * Invisible characters that come along when values are copied from documents, chats or
 * spreadsheets: soft hyphen, bidi marks and isolates, zero-width characters, the byte order mark.
 * Removed from phone numbers, email addresses, file URLs and IDs in paths before they are checked.
 */
export const INVISIBLE_MARKS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * A character that shows: not whitespace, not a format character (zero-width, bidi and tag
 * characters, the byte order mark, the soft hyphen), not a combining mark on its own (variation
 * selectors, the grapheme joiner), and not a blank that is a letter to Unicode (Hangul fillers,
 * the braille blank).
 */
const VISIBLE = /[^\s\p{Cf}\p{M}\u115F\u1160\u2800\u3164\uFFA0]/u;

/**
 * Whether a text has something to show: a message of spaces and zero-width characters alone
 * (copied from a document, or an expression's leftovers) counts as empty.
 */
export function hasVisibleText(text: string): boolean {
	// Most texts start with a printable ASCII character: visible, without the Unicode-class regex
	// (about half a microsecond a text, paid per message on large batches).
	const first = text.charCodeAt(0);
	if (first > 0x20 && first < 0x7f) return true;
	return VISIBLE.test(text);
}

/**
 * An ID as a request gets it (a path part, a list ID): a number as text, text without the
 * invisible characters copied along with it (zero-width spaces, bidi marks), trimmed; `undefined`
 * for anything else (a list, an object, nothing).
 */
export function idText(value: unknown): string | undefined {
	// A BigInt (an expression's `BigInt(428)`) is one number too.
	if (typeof value === 'number' || typeof value === 'bigint') return String(value);
	return typeof value === 'string' ? value.replace(INVISIBLE_MARKS, '').trim() : undefined;
}

/**
 * What {@link readIdText} reads: an ID ClickSend numbers from 1 (`numbered`: digits only, not 0),
 * another ID (a message ID), or another value a path takes (a dedicated number, a token).
 */
export type IdKind = 'numbered' | 'id' | 'value';

/**
 * An ID (or other path value, `kind`) as a field gives it, read the one way every operation reads
 * IDs: {@link idText}'s text, and for `numbered` IDs digits only, not 0. Returns `{ id }` (the clean
 * text; a numbered ID as its number's digits, `0428` → `428`), or `{ problem }`, the part of the
 * error after the field's name:
 * - nothing, spaces or invisible characters: `is empty; choose one or give its ID` (a value: `is empty`);
 * - a list, an object or a yes/no: `must be one ID, got [428]` (a value: `one value`; the value as JSON, cut at 40 characters);
 * - text that is not digits, or 0: `give its ID in digits (not 0), such as 428, got "abc"` (`example` in place of 428);
 * - digits beyond 2^53 − 1: `is too large for an ID (at most 9007199254740991), got "…"`. Bodies send
 *   numbered IDs as JSON numbers, which are not exact beyond that: 9007199254740993 would reach
 *   ClickSend as another ID, 9007199254740992 (a number given that large has already become one).
 */
export function readIdText(value: unknown, kind: IdKind, example = '428'): { id: string; problem?: undefined } | { id?: undefined; problem: string } {
	const id = value === undefined || value === null ? '' : idText(value);
	if (id === undefined) {
		const shown = JSON.stringify(value) ?? String(value);
		return { problem: `must be one ${kind === 'value' ? 'value' : 'ID'}, got ${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}` };
	}
	if (id === '') return { problem: kind === 'value' ? 'is empty' : 'is empty; choose one or give its ID' };
	const numbered = kind === 'numbered';
	if (numbered && !isNumberedId(id)) return { problem: `give its ID in digits (not 0), such as ${example}, got "${id}"` };
	if (numbered && BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER)) return { problem: `is too large for an ID (at most ${Number.MAX_SAFE_INTEGER}), got "${id}"` };
	// `0428` is ID 428: a path gets the number's digits, as a body does.
	return { id: numbered ? BigInt(id).toString() : id };
}

/** Whether a text is one http(s) URL: the scheme, then no spaces (file URLs, webhooks, logos). */
export function isHttpUrl(text: string): boolean {
	return /^https?:\/\/\S+$/i.test(text);
}

/** Whether a text is an ID ClickSend numbers (from 1): digits only, not 0 (nor 00…). */
export function isNumberedId(text: string): boolean {
	return /^\d+$/.test(text) && !/^0+$/.test(text);
}

/**
 * A yes/no value as n8n users give it: true/false, 1/0, their texts in any case with spaces
 * around, and nothing (undefined, null, '') as false; `undefined` for anything else.
 */
export function flagOf(value: unknown): boolean | undefined {
	if (value === true || value === 1) return true;
	if (value === false || value === 0 || value === undefined || value === null || value === '') return false;
	if (typeof value !== 'string') return undefined;
	const text = value.trim().toLowerCase();
	if (text === 'true' || text === '1') return true;
	if (text === 'false' || text === '0') return false;
	return undefined;
}

/** "0-3, 7, 9-10": item indexes as compact ranges. */
export function ranges(indexes: number[]): string {
	const sorted = [...indexes].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; i++) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
		i = j;
	}
	return parts.length > 20 ? `${parts.slice(0, 20).join(', ')}, …` : parts.join(', ');
}
