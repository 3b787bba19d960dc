/**
 * Invisible characters that come along when values are copied from documents, chats or
 * spreadsheets: soft hyphen, bidi marks and isolates, zero-width characters, the byte order mark.
 * Removed from phone numbers, email addresses, file URLs and IDs in paths before they are checked.
 */
export const INVISIBLE_MARKS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** A character that shows: neither whitespace nor one of {@link INVISIBLE_MARKS}. */
const VISIBLE = new RegExp(`[^\\s${INVISIBLE_MARKS.source.slice(1, -1)}]`);

/**
 * Whether a text has something to show: a message of spaces and zero-width characters alone
 * (copied from a document, or an expression's leftovers) counts as empty.
 */
export function hasVisibleText(text: string): boolean {
	return VISIBLE.test(text);
}
