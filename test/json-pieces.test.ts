import { isDeepStrictEqual } from 'util';

import { parseJsonBytes } from '../nodes/ClickSend/shared/jsonPieces';

/** A small seeded random number generator (mulberry32), so a failing case can be rerun. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Texts that hold a row boundary's bytes (`},{"`) or other bytes a splitter could trip on. */
const TRICKY = ['Hi },{', 'a"},{"b', '\\', '\\"},{"', '},{"to":"+61411111111"}', '¢ 🙂 ü', '\u2028', '}]', '],[', '{"', 'plain text'];

/** A send answer's message row (the shape ClickSend documents) with some tricky values. */
function row(index: number, next: () => number): Record<string, unknown> {
	const pick = () => TRICKY[Math.floor(next() * TRICKY.length)];
	const message: Record<string, unknown> = {
		to: `+614${10000000 + index}`,
		body: next() < 0.3 ? pick() : `Hi Contact ${index}, your order has shipped.`,
		custom_string: next() < 0.2 ? pick() : `crm-${index}`,
		message_id: `ID-${index}`,
		status: 'SUCCESS',
		message_price: 0.0771,
		date: 1796106696,
	};
	// Lists of objects inside a row hold `},{"` too, one level deeper.
	if (next() < 0.1) message.parts = [{ a: pick() }, { b: 1 }, { c: [{ d: pick() }, { e: null }] }];
	return message;
}

const envelope = (messages: unknown[], extra: Record<string, unknown> = {}) => ({
	http_code: 200,
	response_code: 'SUCCESS',
	response_msg: 'Messages queued for delivery.',
	data: { total_price: 1, total_count: messages.length, queued_count: messages.length, messages, _currency: { currency_prefix_c: '¢' } },
	...extra,
});

/** parseJsonBytes gives what JSON.parse of the decoded text gives: equal values, same key order, same prototype. */
function expectSame(bytes: Buffer, start = 0) {
	let expected: unknown;
	try {
		expected = JSON.parse(bytes.toString('utf8', start));
	} catch (error) {
		// The same error: class, message and position.
		expect(() => parseJsonBytes(bytes, start)).toThrow(new SyntaxError((error as Error).message));
		return;
	}
	const actual = parseJsonBytes(bytes, start);
	expect(isDeepStrictEqual(actual, expected)).toBe(true);
	expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

/** How many JSON.parse calls reading `bytes` takes (1: read whole; more: read in pieces). */
function parseCalls(bytes: Buffer, start = 0): number {
	const spy = jest.spyOn(JSON, 'parse');
	try {
		parseJsonBytes(bytes, start);
		return spy.mock.calls.length;
	} finally {
		spy.mockRestore();
	}
}

/** ~120 kB of rows: enough to be read in pieces. */
const longRows = JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ i, text: 'row text to make it long enough' })));

describe('parseJsonBytes: a large answer read in pieces is the value JSON.parse gives', () => {
	test("a 1,000-message send answer (~150 kB) is read in pieces, with the same rows, keys and key order", () => {
		const next = random(1);
		const bytes = Buffer.from(JSON.stringify(envelope(Array.from({ length: 1000 }, (_, i) => row(i, next)))));
		expect(bytes.length).toBeGreaterThan(150_000);
		expect(parseCalls(bytes)).toBeGreaterThan(3);
		expectSame(bytes);
		const value = parseJsonBytes(bytes) as { data: { messages: Array<{ message_id: string }> } };
		expect(value.data.messages.map((m) => m.message_id)).toEqual(Array.from({ length: 1000 }, (_, i) => `ID-${i}`));
	});

	test('rows whose texts hold `},{"`, quotes, backslashes, emoji and deeper lists of objects: 40 random answers', () => {
		for (let seed = 1; seed <= 40; seed++) {
			const next = random(seed);
			const count = 300 + Math.floor(next() * 2500);
			const bytes = Buffer.from(JSON.stringify(envelope(Array.from({ length: count }, (_, i) => row(i, next)))));
			expectSame(bytes);
		}
	});

	test('a cut between rows is found where every row holds `},{"` in its text', () => {
		const rows = Array.from({ length: 3000 }, (_, i) => ({ body: 'x },{', tail: '},{"', i }));
		const bytes = Buffer.from(JSON.stringify(envelope(rows)));
		expect(parseCalls(bytes)).toBeGreaterThan(3);
		expectSame(bytes);
	});

	test('after a UTF-8 byte order mark (start 3), and with a list at the top', () => {
		const next = random(7);
		const rows = Array.from({ length: 1500 }, (_, i) => row(i, next));
		expectSame(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(envelope(rows)))]), 3);
		const top = Buffer.from(` ${JSON.stringify(rows)}\n`);
		expect(parseCalls(top)).toBeGreaterThan(3);
		expectSame(top);
	});

	test('a list under a `__proto__` key stays a plain property, as JSON.parse makes it', () => {
		const bytes = Buffer.from(`{"http_code":200,"data":{"__proto__":${longRows}}}`);
		expect(parseCalls(bytes)).toBeGreaterThan(3);
		expectSame(bytes);
		const data = (parseJsonBytes(bytes) as { data: object }).data;
		expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
		expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
	});

	test('shapes read whole or in pieces alike: a later duplicate key, a small first list, spaced JSON, lists of numbers, a late list', () => {
		const rows = longRows;
		const cases = [
			`{"data":{"messages":${rows},"messages":[]}}`,
			`{"data":{"messages":${rows}},"data":{"messages":[{"i":1}]}}`,
			`{"small":[{"a":1},{"b":2}],"data":{"messages":${rows}}}`,
			`{"small":[],"data":${rows}}`,
			JSON.stringify(JSON.parse(`{"data":{"messages":${rows}}}`), null, 2),
			`{"data":[${Array.from({ length: 30000 }, (_, i) => i).join(',')}]}`,
			`{"response_msg":"${'x'.repeat(5000)}","data":{"messages":${rows}}}`,
			`{"a":"[{","data":{"messages":${rows}}}`,
			`{"a\\"b":{"c":${rows}}}`,
		];
		for (const text of cases) expectSame(Buffer.from(text));
		// The pieces are tried, and the placeholder check finds the duplicate.
		expect(parseCalls(Buffer.from(cases[0]))).toBeGreaterThan(3);
	});

	test('text that is not JSON throws a SyntaxError, as JSON.parse does: cut off anywhere, extra text, a bad row', () => {
		const next = random(3);
		const text = JSON.stringify(envelope(Array.from({ length: 1200 }, (_, i) => row(i, next))));
		for (const cut of [text.length - 1, text.length - 3, Math.floor(text.length * 0.9), Math.floor(text.length * 0.5), 120_000]) {
			expectSame(Buffer.from(text.slice(0, cut)));
		}
		expectSame(Buffer.from(`${text} x`));
		expectSame(Buffer.from(`${text}}`));
		expectSame(Buffer.from(text.replace('"ID-700"', 'ID-700')));
		expectSame(Buffer.from(text.replace('"ID-10"', '"ID-10",')));
		// A key JSON.parse refuses, before the list: the error names its place in the whole answer.
		expectSame(Buffer.from(text.replace('"messages"', '"mess\u0001ges"')));
		expectSame(Buffer.from(text.replace('"messages"', '"mess\\qges"')));
		// Control bytes that are not JSON whitespace, where the list's rows begin.
		for (const control of ['\u000b', '\u000c', '\u0000', '\u001f']) expectSame(Buffer.from(text.replace('"messages":[{', `"messages":[${control}{`)));
	});

	test('bytes that are not valid UTF-8 inside a text decode to U+FFFD, as when decoded whole', () => {
		const rows = longRows;
		const text = Buffer.from(`{"data":{"messages":${rows}}}`);
		// A lone continuation byte and a cut-off 3-byte sequence inside row texts, one near each piece.
		for (const at of [40_000, 70_001, 100_002]) {
			const inText = text.indexOf('long enough', at);
			text[inText] = 0x80;
			text[inText + 1] = 0xe2;
		}
		expectSame(text);
	});
});
