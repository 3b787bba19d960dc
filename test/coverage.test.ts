import { ClickSend } from '../nodes/ClickSend/ClickSend.node';
import { OUT_OF_SCOPE_OPERATIONS } from '../nodes/ClickSend/shared/scope';
import { listOperations, specPathPattern } from './helpers/operations';
import { operations as specOperations } from './sandbox/spec';

const nodeOperations = listOperations(new ClickSend().description);
const key = (method: string, pattern: string) => `${method.toUpperCase()} ${pattern}`;
const offered = new Set(nodeOperations.map((op) => key(op.method, op.pathPattern)));
const excluded = new Set(OUT_OF_SCOPE_OPERATIONS.map((op) => key(op.method, specPathPattern(op.path))));
const inScope = specOperations.filter((op) => !excluded.has(key(op.method, specPathPattern(op.path))));

describe('ClickSend API coverage', () => {
	test('the spec has 205 operations: 196 in scope, 9 deliberately out of scope', () => {
		expect(specOperations).toHaveLength(205);
		expect(OUT_OF_SCOPE_OPERATIONS).toHaveLength(9);
		expect(inScope).toHaveLength(196);
		for (const op of OUT_OF_SCOPE_OPERATIONS) {
			expect(specOperations.some((s) => key(s.method, specPathPattern(s.path)) === key(op.method, specPathPattern(op.path)))).toBe(true);
		}
	});

	test('every in-scope operation is a resource/operation of the node', () => {
		const missing = inScope
			.filter((op) => !offered.has(key(op.method, specPathPattern(op.path))))
			.map((op) => `${op.tag}: ${op.method} ${op.path}`);
		expect(missing).toEqual([]);
	});

	test('no out-of-scope operation appears in the node', () => {
		expect(nodeOperations.filter((op) => excluded.has(key(op.method, op.pathPattern))).map((op) => `${op.resource}.${op.operation}`)).toEqual([]);
	});

	test('every node operation maps to a spec operation, and has an action and a description', () => {
		const specKeys = new Set(specOperations.map((op) => key(op.method, specPathPattern(op.path))));
		// Operations built on top of the raw API (e.g. a contact upsert) declare no route: they must be custom operations.
		const custom = (new ClickSend() as { customOperations?: Record<string, Record<string, unknown>> }).customOperations ?? {};
		const unknown = nodeOperations.filter((op) =>
			op.url === '' ? !custom[op.resource]?.[op.operation] : !specKeys.has(key(op.method, op.pathPattern)),
		);
		expect(unknown.map((op) => `${op.resource}.${op.operation}: ${op.method} ${op.url}`)).toEqual([]);
		for (const op of nodeOperations) {
			expect(`${op.resource}.${op.operation}: ${op.action}`).not.toMatch(/: $/);
			expect(`${op.resource}.${op.operation}: ${op.description}`).not.toMatch(/: $/);
		}
	});
});
