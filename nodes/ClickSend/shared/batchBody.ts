/**
 * How a batched send builds each input item's part of a request body: the operation's fields are
 * compiled once per execution into readers (common `{{ $json.field }}` expressions read straight
 * from the item) and body setters, then each item's body goes through the operation's preSend
 * hooks (validation). Used by batchedSend (batching.ts).
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INode,
	INodeParameters,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeHelpers, NodeOperationError } from 'n8n-workflow';

import { deferredError, markFieldsResolved, requestWarnings } from './transport';
import { choiceProblem, fieldCheckError, fieldCheckOf } from './validation';

/** Sets one body property for an item: `(body, value)`, compiled once per execution from a routing path. */
type BodySetter = (target: IDataObject, value: unknown) => void;

/**
 * Compiles a setter for a routing property path such as `messages[0].to` (keys are names, and
 * numbers for array indexes; missing containers are created as arrays or objects).
 */
function compileSetter(path: string): BodySetter {
	const keys = path
		.replace(/\[(\d+)\]/g, '.$1')
		.split('.')
		.map((key) => (/^\d+$/.test(key) ? Number(key) : key));
	type Container = Record<string | number, unknown>;
	const last = keys[keys.length - 1];
	const containers = keys.slice(0, -1).map((key, level) => ({ key, array: typeof keys[level + 1] === 'number' }));
	const make = (array: boolean): Container => (array ? ([] as unknown as Container) : {});
	if (containers.length === 0) return (target, value) => void ((target as Container)[last] = value);
	// The shapes sends use (`subject`, `messages[0].to`) get a setter of their own: each property
	// access then always meets the same kind of object, which V8 runs several times faster (a batch
	// calls these once per field and message).
	if (containers.length === 2) {
		const [outer, inner] = containers;
		return (target, value) => {
			const list = ((target as Container)[outer.key] ??= make(outer.array)) as Container;
			const message = (list[inner.key] ??= make(inner.array)) as Container;
			message[last] = value;
		};
	}
	return (target, value) => {
		let cursor = target as Container;
		for (let level = 0; level < containers.length; level++) {
			const { key, array } = containers[level];
			cursor = (cursor[key] ??= make(array)) as Container;
		}
		cursor[last] = value;
	};
}

/**
 * `={{ $json.a.b }}` / `={{ $json["a b"] }}`: the whole value is one reference to the item's JSON
 * (nothing around the braces: `= {{ … }}` is text with a leading space, read as a template).
 */
const WHOLE_REFERENCE = /^=\{\{\s*\$json((?:\.[A-Za-z_$][\w$]*|\[\s*(?:"[^"\\]*"|'[^'\\]*'|\d+)\s*\])+)\s*\}\}$/;
/** One `{{ $json… }}` reference inside a text template. */
const TEMPLATE_REFERENCE = /\{\{\s*\$json((?:\.[A-Za-z_$][\w$]*|\[\s*(?:"[^"\\]*"|'[^'\\]*'|\d+)\s*\])+)\s*\}\}/g;

const referenceKeys = new Map<string, string[]>();

/** Reads a `$json` reference path (`.a.b`, `["a b"]`, `[0]`) from an item's JSON (parsed once per path). */
function lookup(json: IDataObject, path: string): unknown {
	let keys = referenceKeys.get(path);
	if (!keys) {
		keys = [...path.matchAll(/\.([A-Za-z_$][\w$]*)|\[\s*("[^"]*"|'[^']*'|\d+)\s*\]/g)].map(([, dotted, bracketed]) =>
			dotted ?? (/^\d+$/.test(bracketed) ? bracketed : bracketed.slice(1, -1)),
		);
		referenceKeys.set(path, keys);
	}
	let value: unknown = json;
	for (const key of keys) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

const isPrimitive = (value: unknown): value is string | number | boolean =>
	typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';

/** Reads one field's value for an item: `(json of the item, item index) → value`. */
type FieldReader = (json: IDataObject, itemIndex: number) => unknown;

/**
 * Compiles how a field's value is read per item, once per execution. Static values are used as
 * they are; the two most common expression shapes, `={{ $json.field }}` and text with
 * `{{ $json.field }}` parts, are read straight from the item when every referenced value is a
 * string, number or boolean (the result n8n's expression engine gives, without its ~0.1 ms per
 * evaluation, which dominates large batches); anything else (objects and lists too) goes through
 * n8n's `getNodeParameter`.
 */
function compileReader(context: IExecuteFunctions, path: string, raw: unknown): FieldReader {
	const viaN8n: FieldReader = (_json, itemIndex) => context.getNodeParameter(path, itemIndex, undefined, { extractValue: true });
	// Objects and lists (resource locators, fixed collections such as email recipients) through n8n:
	// it resolves expressions inside them and gives each item its own copy for the checks to change.
	if (raw === undefined || (raw !== null && typeof raw === 'object')) return viaN8n;
	if (typeof raw !== 'string' || !raw.startsWith('=')) return () => raw;
	const whole = WHOLE_REFERENCE.exec(raw);
	if (whole) {
		const reference = whole[1];
		return (json, itemIndex) => {
			const value = lookup(json, reference);
			return isPrimitive(value) ? value : viaN8n(json, itemIndex);
		};
	}
	const template = raw.slice(1);
	if (template.replace(TEMPLATE_REFERENCE, '').includes('{{')) return viaN8n;
	// Alternating text and references: text, ref, text, ref, …, text.
	const texts: string[] = [];
	const references: string[] = [];
	let last = 0;
	for (const match of template.matchAll(TEMPLATE_REFERENCE)) {
		texts.push(template.slice(last, match.index));
		references.push(match[1]);
		last = match.index! + match[0].length;
	}
	texts.push(template.slice(last));
	return (json, itemIndex) => {
		let text = texts[0];
		for (let index = 0; index < references.length; index++) {
			const value = lookup(json, references[index]);
			if (!isPrimitive(value)) return viaN8n(json, itemIndex);
			text += String(value) + texts[index + 1];
		}
		return text;
	};
}

const ITEM_INDEX = Symbol('itemIndex');
/**
 * Makes IExecuteSingleFunctions views of single items of `context`, so the operation's preSend
 * hooks and item helpers run unchanged. The methods live on one shared prototype, so a view per
 * item costs one small object (large batches make tens of thousands).
 */
export function itemContexts(context: IExecuteFunctions): (itemIndex: number) => IExecuteSingleFunctions {
	type Single = IExecuteSingleFunctions & { [ITEM_INDEX]: number };
	const shared = Object.create(context) as Single;
	Object.assign(shared, {
		getItemIndex(this: Single) {
			return this[ITEM_INDEX];
		},
		getInputData(this: Single) {
			return context.getInputData()[this[ITEM_INDEX]];
		},
		getNodeParameter(this: Single, name: string, fallback?: unknown, options?: IDataObject) {
			return context.getNodeParameter(name, this[ITEM_INDEX], fallback, options);
		},
		evaluateExpression(this: Single, expression: string) {
			return context.evaluateExpression(expression, this[ITEM_INDEX]);
		},
	});
	// Binary helpers take the property first in the single-item context, the item index first here.
	Object.defineProperty(shared, 'helpers', {
		get(this: Single) {
			const itemIndex = this[ITEM_INDEX];
			return Object.assign(Object.create(context.helpers) as object, {
				assertBinaryData: (property: string) => context.helpers.assertBinaryData(itemIndex, property),
				getBinaryDataBuffer: async (property: string) => await context.helpers.getBinaryDataBuffer(itemIndex, property),
			});
		},
	});
	return (itemIndex) => {
		const single = Object.create(shared) as Single;
		single[ITEM_INDEX] = itemIndex;
		return single;
	};
}

/** How one input item's request body is built: the operation's fields, compiled once per execution. */
export interface BodyPlan {
	/**
	 * Fields and their readers, in description order; collection options read as `collection.option`.
	 * `visible`: for a field shown or hidden by a parameter set with an expression (e.g. Send To
	 * `={{ $json.mode }}`), whether it applies to the item, with that parameter's value for the item.
	 */
	fields: Array<{ read: FieldReader; set: BodySetter; sendValue?: string; visible?: (itemIndex: number) => boolean }>;
	preSend: PreSendAction[];
	method: IHttpRequestMethods;
	url: string;
}

/**
 * Compiles the {@link BodyPlan} of the operation's fields (`routing.send` body properties,
 * top-level and in collections; others are not part of a batched body).
 */
export function planBody(context: IExecuteFunctions, node: INode, fields: INodeProperties[], preSend: PreSendAction[], method: IHttpRequestMethods, url: string): BodyPlan {
	// The operation's preSend hooks, then its fields' own (0/1 flags), as n8n's RoutingNode orders them.
	const plan: BodyPlan = { fields: [], preSend: [...preSend], method, url };
	const addFieldHooks = (field: INodeProperties) => {
		for (const hook of field.routing?.send?.preSend ?? []) if (!plan.preSend.includes(hook)) plan.preSend.push(hook);
	};
	const parameters = node.parameters as IDataObject;
	// The values allowed for options fields (e.g. Send To): a choice made by an expression must be one of them.
	const choices = new Map(
		fields.filter((f) => f.type === 'options').map((f) => [f.name, { label: f.displayName, values: ((f.options ?? []) as INodePropertyOptions[]).map((o) => o.value) }]),
	);
	// The parameters with expression-set controlling values resolved for one item: fields of the
	// same item share them (one evaluation per item and parameter).
	let resolvedItem = -1;
	let resolved: IDataObject = {};
	const resolvedFor = (itemIndex: number, names: string[]) => {
		if (resolvedItem !== itemIndex) {
			resolvedItem = itemIndex;
			resolved = { ...parameters };
		}
		for (const name of names) {
			if (resolved[name] !== parameters[name]) continue;
			const value = context.getNodeParameter(name, itemIndex) as IDataObject[string];
			const choice = choices.get(name);
			if (choice && !choice.values.includes(value as string)) {
				throw new NodeOperationError(node, `Invalid ${choice.label}: ${choiceProblem(value, choice.values.map((v) => JSON.stringify(v)).join(' or '))}`, { itemIndex });
			}
			resolved[name] = value;
		}
		return resolved as INodeParameters;
	};
	const bodyField = (field: INodeProperties) => {
		const send = field.routing?.send;
		if (send?.type !== 'body' || !send.property) return undefined;
		return { set: compileSetter(send.property), sendValue: typeof send.value === 'string' && send.value.startsWith('=') ? send.value : undefined };
	};
	for (const field of fields) {
		if (field.type === 'collection') {
			const values = (parameters[field.name] ?? {}) as IDataObject;
			for (const option of (field.options ?? []) as INodeProperties[]) {
				const target = option.name in values ? bodyField(option) : undefined;
				if (!target) continue;
				plan.fields.push({ ...target, read: compileReader(context, `${field.name}.${option.name}`, values[option.name]) });
				addFieldHooks(option);
			}
		} else {
			const target = bodyField(field);
			if (!target) continue;
			const conditions = { ...field.displayOptions?.show, ...field.displayOptions?.hide };
			const byExpression = Object.keys(conditions).filter((name) => typeof parameters[name] === 'string' && (parameters[name] as string).startsWith('='));
			const visible =
				byExpression.length === 0
					? undefined
					: (itemIndex: number) => NodeHelpers.displayParameter(resolvedFor(itemIndex, byExpression), field, node, null);
			plan.fields.push({ ...target, read: compileReader(context, field.name, parameters[field.name]), visible });
			addFieldHooks(field);
		}
	}
	return plan;
}

/** `={{ $value }}` or `={{ $value.a.b }}`: a property path of the field's value, read directly. */
const VALUE_PATH = /^=\{\{\s*\$value((?:\.[A-Za-z_$][\w$]*)*)\s*\}\}$/;

/**
 * A value as a JS literal inside `{{ }}`: strings as JSON with their braces escaped (so a text
 * holding `}}` cannot end the expression), objects and lists built the same way with spaced
 * braces, and the whole in parentheses (an object literal is not read as a block).
 */
export function literal(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value).replace(/[{}]/g, (brace) => (brace === '{' ? '\\u007b' : '\\u007d'));
	if (Array.isArray(value)) return `[ ${value.map((element) => (element === undefined ? 'null' : literal(element))).join(', ')} ]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		return `({ ${entries.map(([key, v]) => `${literal(key)}: ${literal(v)}`).join(', ')} })`;
	}
	return JSON.stringify(value) ?? 'undefined';
}

/**
 * A field's `routing.send.value` expression for one item, with `$value` the field's value: a
 * property path of it is read directly; other expressions get the value written in as a JS
 * literal ({@link literal}) and go through n8n's expression engine.
 */
function sendValue(context: IExecuteFunctions, expression: string, value: unknown, itemIndex: number): unknown {
	const path = VALUE_PATH.exec(expression);
	if (path) {
		let result: unknown = value;
		for (const key of path[1].split('.').slice(1)) result = result === null || result === undefined ? undefined : (result as IDataObject)[key];
		return result;
	}
	// evaluateExpression adds the leading '=' itself; a replacer function keeps `$&` & co. literal.
	return context.evaluateExpression(expression.slice(1).replace(/\$value\b/g, () => literal(value)), itemIndex);
}

/** One input item's part of a batched send: its request body and the warnings its checks gave. */
export type BuiltBody = { body: IDataObject; warnings: readonly string[] };

/**
 * Builds the request body one input item would send on its own from the {@link BodyPlan}, then
 * runs the operation's preSend hooks on it (validation, normalisation). Returns the body or the
 * item's error; synchronously while the hooks are synchronous field checks ({@link fieldCheckOf}:
 * no promise per item and hook, which large batches would pay thousands of times).
 */
export function buildBody(
	context: IExecuteFunctions,
	single: IExecuteSingleFunctions,
	itemIndex: number,
	json: IDataObject,
	plan: BodyPlan,
): BuiltBody | Error | Promise<BuiltBody | Error> {
	const body: IDataObject = {};
	try {
		for (let index = 0; index < plan.fields.length; index++) {
			const { read, set, sendValue: expression, visible } = plan.fields[index];
			if (visible && !visible(itemIndex)) continue;
			// Set even when undefined, as n8n's RoutingNode does: a recipient expression that gives nothing
			// still makes a message, which the checks then name ("Invalid To: is empty").
			const value = read(json, itemIndex);
			set(body, expression === undefined ? value : sendValue(context, expression, value, itemIndex));
		}
	} catch (error) {
		return error as Error;
	}
	const options: IHttpRequestOptions = { method: plan.method, url: plan.url, body };
	markFieldsResolved(options);
	return runHooks(single, plan.preSend, 0, options);
}

/** Runs preSend hooks from `index` on: field checks directly, other hooks (and async checks) awaited. */
function runHooks(single: IExecuteSingleFunctions, hooks: PreSendAction[], index: number, options: IHttpRequestOptions): BuiltBody | Error | Promise<BuiltBody | Error> {
	for (; index < hooks.length; index++) {
		const check = fieldCheckOf(hooks[index]);
		if (!check) return runHooksAsync(single, hooks, index, options);
		let pending: void | Promise<void>;
		try {
			pending = check.call(single, options);
		} catch (error) {
			return fieldCheckError(single, error);
		}
		if (pending instanceof Promise) {
			const next = index + 1;
			return pending.then(
				() => runHooks(single, hooks, next, options),
				(error: unknown) => fieldCheckError(single, error),
			);
		}
	}
	return builtBody(options);
}

/** {@link runHooks} from the first hook that is not a field check: each hook awaited, as n8n's RoutingNode runs them. */
async function runHooksAsync(single: IExecuteSingleFunctions, hooks: PreSendAction[], index: number, options: IHttpRequestOptions): Promise<BuiltBody | Error> {
	try {
		for (; index < hooks.length; index++) options = await hooks[index].call(single, options);
	} catch (error) {
		return error as Error;
	}
	return builtBody(options);
}

/** The item's built body, or the error a hook recorded for it ({@link deferredError}). */
const builtBody = (options: IHttpRequestOptions): BuiltBody | Error =>
	deferredError(options) ?? { body: options.body as IDataObject, warnings: requestWarnings(options) };
