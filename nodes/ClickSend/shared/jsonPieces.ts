/**
 * Reading a large JSON answer from its bytes in pieces (used for batched send answers).
 *
 * A send of 1,000 messages answers with ~340 kB of JSON. Decoding that as one string makes V8
 * allocate a fresh large string, which on the CI machine kind cost more (~1.5 ms) than parsing it
 * (~0.9 ms). The rows of the answer's first list of objects (a send's `data.messages`) are therefore
 * decoded and parsed ~32 kB at a time: strings that size come from V8's ordinary young memory.
 */

/** Answers smaller than this (bytes) are decoded and parsed whole. */
const PIECES_FROM_BYTES = 96 * 1024;
/** About how many bytes of list rows one piece holds. */
const PIECE_BYTES = 32 * 1024;
/** How far into the answer its list of rows may start (bytes); further in, it is parsed whole. */
const LIST_WITHIN_BYTES = 4096;
/** `},{"`: one row of a compact JSON list of objects ends, the next begins. */
const ROW_BOUNDARY = Buffer.from('},{"');
/** Stands in for the list while the rest of the answer is parsed (a string no answer holds). */
const PLACEHOLDER = `\u0000n8n-clicksend-rows-${Math.random().toString(36).slice(2)}`;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/**
 * `JSON.parse` of the UTF-8 text of `bytes` from `start` (e.g. 3, after a byte order mark): the same
 * value, and the same SyntaxError for text that is not JSON. Answers of 96 kB or more whose first
 * list (within their first 4 kB, under object keys only) is a compact list of objects are read in
 * pieces; any other shape, or any piece that does not parse, falls back to parsing the whole text.
 */
export function parseJsonBytes(bytes: Buffer, start = 0): unknown {
	if (bytes.length - start >= PIECES_FROM_BYTES) {
		const value = parseInPieces(bytes, start);
		if (value !== undefined) return value;
	}
	return JSON.parse(bytes.toString('utf8', start));
}

/** Where the first list starts (`[`) and the object keys that lead to it; undefined when not found early on. */
function firstList(bytes: Buffer, start: number): { open: number; keys: string[] } | undefined {
	const keys: string[] = [];
	let expectKey = false;
	const end = Math.min(bytes.length, start + LIST_WITHIN_BYTES);
	for (let index = start; index < end; index++) {
		const byte = bytes[index];
		if (byte === QUOTE) {
			const close = stringEnd(bytes, index, end);
			if (close < 0) return undefined;
			if (expectKey) {
				// A key JSON.parse refuses: the whole parse gives its error (with its position in the answer).
				try {
					keys[keys.length - 1] = JSON.parse(bytes.toString('utf8', index, close + 1)) as string;
				} catch {
					return undefined;
				}
				expectKey = false;
			}
			index = close;
		} else if (byte === OPEN_BRACE) {
			keys.push('');
			expectKey = true;
		} else if (byte === COMMA) {
			expectKey = true;
		} else if (byte === CLOSE_BRACE) {
			keys.pop();
		} else if (byte === OPEN_BRACKET) {
			return { open: index, keys };
		}
	}
	return undefined;
}

/** JSON's whitespace: space, tab, line feed, carriage return (other control bytes are not JSON). */
const isJsonSpace = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** The index of the quote that ends the string opening at `open`, or -1 before `end`. */
function stringEnd(bytes: Buffer, open: number, end: number): number {
	for (let index = open + 1; index < end; index++) {
		if (bytes[index] === BACKSLASH) index++;
		else if (bytes[index] === QUOTE) return index;
	}
	return -1;
}

/** The index of the `]` that closes a list whose rows start at `from` (at row level), or -1. */
function listEnd(bytes: Buffer, from: number): number {
	let depth = 0;
	for (let index = from; index < bytes.length; index++) {
		const byte = bytes[index];
		if (byte === QUOTE) {
			index = stringEnd(bytes, index, bytes.length);
			if (index < 0) return -1;
		} else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
			depth++;
		} else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
			if (depth === 0) return byte === CLOSE_BRACKET ? index : -1;
			depth--;
		}
	}
	return -1;
}

/** Rows `from`..`to` (exclusive) of the list as a JSON list; undefined when they do not parse. */
function parseRows(bytes: Buffer, from: number, to: number): unknown[] | undefined {
	try {
		return JSON.parse(`[${bytes.toString('utf8', from, to)}]`) as unknown[];
	} catch {
		return undefined;
	}
}

/**
 * The answer parsed with its first list read in pieces, or undefined (parse it whole).
 *
 * Pieces end at a `},{"` found after ~32 kB. Such bytes can also sit inside a string or deeper in a
 * row, but then the piece, which starts at a row, ends inside a string or with a container left
 * open, and does not parse: only a piece cut between rows of the list parses.
 */
function parseInPieces(bytes: Buffer, start: number): unknown {
	const list = firstList(bytes, start);
	if (!list) return undefined;
	let from = list.open + 1;
	while (from < bytes.length && isJsonSpace(bytes[from])) from++;
	if (bytes[from] !== OPEN_BRACE) return undefined;
	const rows: unknown[] = [];
	for (;;) {
		const boundary = bytes.indexOf(ROW_BOUNDARY, from + PIECE_BYTES);
		if (boundary < 0) break;
		const piece = parseRows(bytes, from, boundary + 1);
		if (!piece) return undefined;
		for (const row of piece) rows.push(row);
		from = boundary + 2;
	}
	const close = listEnd(bytes, from);
	if (close < 0) return undefined;
	const last = parseRows(bytes, from, close);
	if (!last) return undefined;
	for (const row of last) rows.push(row);
	let whole: unknown;
	try {
		whole = JSON.parse(`${bytes.toString('utf8', start, list.open)}${JSON.stringify(PLACEHOLDER)}${bytes.toString('utf8', close + 1)}`);
	} catch {
		return undefined;
	}
	if (list.keys.length === 0) return whole === PLACEHOLDER ? rows : undefined;
	let holder = whole as Record<string, unknown>;
	for (const key of list.keys.slice(0, -1)) {
		const next = Object.prototype.hasOwnProperty.call(holder, key) ? holder[key] : undefined;
		if (next === null || typeof next !== 'object' || Array.isArray(next)) return undefined;
		holder = next as Record<string, unknown>;
	}
	const key = list.keys[list.keys.length - 1];
	// The placeholder, not a later duplicate of the key, must be what the key holds. It is an own data
	// property (JSON.parse makes even `__proto__` one), so assigning it sets that property, in its place.
	if (!Object.prototype.hasOwnProperty.call(holder, key) || holder[key] !== PLACEHOLDER) return undefined;
	holder[key] = rows;
	return whole;
}
