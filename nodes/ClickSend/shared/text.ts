/**
 * Invisible characters that come along when values are copied from documents, chats or
 * spreadsheets: soft hyphen, bidi marks and isolates, zero-width characters, the byte order mark.
 * Removed from phone numbers, email addresses, file URLs and IDs in paths before they are checked.
 */
export const INVISIBLE_MARKS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
