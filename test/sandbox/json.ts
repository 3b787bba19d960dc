/**
 * The sandbox's JSON writer: the bytes of `JSON.stringify(value)`, built from pieces.
 *
 * A send answers 1,000 messages in one ~340 kB JSON text. V8 builds a JSON text that large as a
 * rope of parts, which the first byte count or UTF-8 encoding must flatten into a fresh large
 * string: on the CI machine kind that cost ~2.5 ms per answer, more than the rest of the send
 * route, and made the sandbox most of the bench's floor (`npm run bench`). Long arrays are
 * therefore written 100 elements at a time (~34 kB pieces), about 0.9 ms for the same answer.
 */

/** Arrays longer than this are written this many elements at a time. */
const SLICE = 100;

/**
 * `JSON.stringify(value)` as UTF-8 bytes (identical bytes), written piece by piece.
 * Plain objects are walked key by key down to their long arrays; everything else (short
 * arrays, objects with `toJSON`, class instances, primitives) is written by `JSON.stringify`.
 * Throws what `JSON.stringify` throws (a cycle, a BigInt); `undefined` at the top writes nothing.
 */
export function jsonBytes(value: unknown): Buffer {
	const pieces: string[] = [];
	writeJson(value, '', pieces, new Set());
	return Buffer.concat(pieces.map((piece) => Buffer.from(piece, 'utf8')));
}

/**
 * Append `value`'s JSON text to `out`; false (nothing appended) where JSON leaves it out.
 * `walking`: the plain objects being written around it (a cycle is left to JSON.stringify to refuse).
 */
function writeJson(value: unknown, key: string, out: string[], walking: Set<object>): boolean {
	if (Array.isArray(value) && value.length > SLICE && !hasToJSON(value) && !value.some(usesItsKey)) {
		out.push('[');
		for (let start = 0; start < value.length; start += SLICE) {
			const slice = JSON.stringify(value.slice(start, start + SLICE));
			out.push(start === 0 ? slice.slice(1, -1) : `,${slice.slice(1, -1)}`);
		}
		out.push(']');
		return true;
	}
	if (isPlainObject(value) && !walking.has(value)) {
		walking.add(value);
		out.push('{');
		let empty = true;
		for (const key of Object.keys(value)) {
			out.push(`${empty ? '' : ','}${JSON.stringify(key)}:`);
			if (writeJson(value[key], key, out, walking)) empty = false;
			else out.pop();
		}
		out.push('}');
		walking.delete(value);
		return true;
	}
	// toJSON(key) is called with the property name (or index) that holds the value: write it in its holder.
	const text = key !== '' && usesItsKey(value) ? inHolder(key, value) : (JSON.stringify(value) as string | undefined);
	if (text === undefined) return false;
	out.push(text);
	return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null) return false;
	const proto = Object.getPrototypeOf(value) as unknown;
	if (proto !== Object.prototype && proto !== null) return false;
	return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function hasToJSON(value: object): boolean {
	return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** Whether JSON.stringify would call a toJSON of `value` that may depend on its key (any but Date's). */
function usesItsKey(value: unknown): boolean {
	if ((typeof value !== 'object' || value === null) && typeof value !== 'bigint') return false;
	const toJSON = (value as { toJSON?: unknown }).toJSON;
	return typeof toJSON === 'function' && toJSON !== Date.prototype.toJSON;
}

/** The JSON text of `value` as the property `key` of an object (undefined where JSON leaves it out). */
function inHolder(key: string, value: unknown): string | undefined {
	const text = JSON.stringify({ [key]: value });
	return text === '{}' ? undefined : text.slice(JSON.stringify(key).length + 2, -1);
}
