import type { RecordedRequest } from '../sandbox';
import { matchOperation, validateRequestBody, type Operation } from '../sandbox/spec';

/**
 * Asserts that a request the sandbox received is a documented ClickSend operation and that its
 * JSON body validates against that operation's request schema (required properties and types).
 * `allowTypeErrors` lists field paths (e.g. `/messages/0/list_id`) where the spec's declared type
 * contradicts ClickSend's own examples; each such exception must be explained at the call site.
 * Returns the matched spec operation.
 */
export function expectValidBody(request: RecordedRequest, allowTypeErrors: string[] = []): Operation {
	const match = matchOperation(request.method, request.path);
	if (!match) throw new Error(`${request.method} ${request.path} is not a ClickSend operation`);
	const result = validateRequestBody(match.op, request.body);
	const errors = result.errors
		.filter((e) => !allowTypeErrors.includes(e.instancePath))
		.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
	expect({ operation: `${match.op.method} ${match.op.path}`, missing: result.missing, errors }).toEqual({
		operation: `${match.op.method} ${match.op.path}`,
		missing: [],
		errors: [],
	});
	return match.op;
}
