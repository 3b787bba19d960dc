import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeApiError, NodeHelpers, NodeOperationError, sleep } from 'n8n-workflow';

import { messageItem, messagesOf, refusedMessagesError } from './output';
import { fieldCheckError, fieldCheckOf } from './validation';
import { baseUrlFromCredentials, clickSendRequest, CREDENTIAL_TYPE, deferredError, errorItem, mayHaveBeenApplied, requestTimeoutMs, requestWarnings } from './transport';

/** ClickSend's largest send: at most 1000 messages per request. */
export const MAX_BATCH_SIZE = 1000;
/** Most batches in flight at once when the user raises Batch Concurrency. */
export const MAX_BATCH_CONCURRENCY = 5;

/**
 * The "Batching" option of batched send operations: Batch Size (1..1000 messages per request,
 * default 1000) and Batch Concurrency (requests in flight, 1..5, default 1 = sequential).
 */
export function batchingOption(resource: string, operation: string): INodeProperties {
	return {
		displayName: 'Batching',
		name: 'batching',
		type: 'collection',
		placeholder: 'Add Option',
		displayOptions: { show: { resource: [resource], operation: [operation] } },
		default: {},
		description: 'The input items are sent together, up to Batch Size messages per ClickSend request',
		options: [
			{
				displayName: 'Batch Concurrency',
				name: 'concurrency',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_BATCH_CONCURRENCY },
				default: 1,
				description: 'How many batch requests may be in flight at once (1 sends batches one after another, kindest to rate limits)',
			},
			{
				displayName: 'Batch Size',
				name: 'batchSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_BATCH_SIZE },
				default: MAX_BATCH_SIZE,
				description: 'Messages per ClickSend request (1 to 1000)',
			},
		],
	};
}

/** Where a batched send's fields and route are declared: the resource's description. */
export interface BatchedSendConfig {
	resource: string;
	operation: string;
	/** The resource's properties: its Operation option (route + preSend) and its fields. */
	properties: INodeProperties[];
}

interface Entry {
	itemIndex: number;
	message: IDataObject;
	/** Body keys outside `messages` (e.g. MMS `media_file`): messages with different ones go in different requests. */
	shared: IDataObject;
	sharedKey: string;
	/** Validation warnings for this item (e.g. a far-future schedule), added to its outputs. */
	warnings: readonly string[];
}

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
	const last = keys[keys.length - 1];
	const containers = keys.slice(0, -1).map((key, level) => ({ key, array: typeof keys[level + 1] === 'number' }));
	if (containers.length === 0) return (target, value) => void ((target as Record<string | number, unknown>)[last] = value);
	return (target, value) => {
		let cursor = target as Record<string | number, unknown>;
		for (const { key, array } of containers) {
			cursor = (cursor[key] ??= array ? [] : {}) as Record<string | number, unknown>;
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
 * evaluation, which dominates large batches); anything else goes through n8n's `getNodeParameter`.
 */
function compileReader(context: IExecuteFunctions, path: string, raw: unknown): FieldReader {
	const viaN8n: FieldReader = (_json, itemIndex) => context.getNodeParameter(path, itemIndex, undefined, { extractValue: true });
	if (raw === undefined || (raw !== null && typeof raw === 'object' && (raw as IDataObject).__rl)) return viaN8n;
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
/** The shared body part of a send without one (never written to). */
const NO_SHARED: IDataObject = Object.freeze({}) as IDataObject;

/**
 * Makes IExecuteSingleFunctions views of single items of `context`, so the operation's preSend
 * hooks and item helpers run unchanged. The methods live on one shared prototype, so a view per
 * item costs one small object (large batches make tens of thousands).
 */
function itemContexts(context: IExecuteFunctions): (itemIndex: number) => IExecuteSingleFunctions {
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

function findOperation(config: BatchedSendConfig): INodePropertyOptions {
	for (const property of config.properties) {
		if (property.name !== 'operation' || !property.displayOptions?.show?.resource?.includes(config.resource)) continue;
		const option = (property.options as INodePropertyOptions[]).find((o) => o.value === config.operation);
		if (option) return option;
	}
	throw new Error(`No operation ${config.resource}.${config.operation} in the description`);
}

/** How one input item's request body is built: the operation's fields, compiled once per execution. */
interface BodyPlan {
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
function planBody(context: IExecuteFunctions, node: INode, fields: INodeProperties[], preSend: PreSendAction[], method: IHttpRequestMethods, url: string): BodyPlan {
	const plan: BodyPlan = { fields: [], preSend, method, url };
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
				throw new NodeOperationError(node, `Invalid ${choice.label}: must be ${choice.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${JSON.stringify(value) ?? 'nothing'}`, { itemIndex });
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
				if (target) plan.fields.push({ ...target, read: compileReader(context, `${field.name}.${option.name}`, values[option.name]) });
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
		}
	}
	return plan;
}

/** `send.value` of boolean flags ({@link flagField}): computed here, not through the expression engine. */
const FLAG_VALUE = '={{ $value ? 1 : 0 }}';

/**
 * A field's `routing.send.value` expression for one item, with `$value` the field's value: written
 * into the expression as a JS literal (braces escaped, so a text holding `}}` cannot end it).
 */
function sendValue(context: IExecuteFunctions, expression: string, value: unknown, itemIndex: number): unknown {
	if (expression === FLAG_VALUE) return value ? 1 : 0;
	const text = JSON.stringify(value);
	const literal = typeof value === 'string' ? text.replace(/[{}]/g, (brace) => (brace === '{' ? '\\u007b' : '\\u007d')) : text;
	// evaluateExpression adds the leading '=' itself; a replacer function keeps `$&` & co. literal.
	return context.evaluateExpression(expression.slice(1).replace(/\$value\b/g, () => literal), itemIndex);
}

/** One input item's part of a batched send: its request body and the warnings its checks gave. */
type BuiltBody = { body: IDataObject; warnings: readonly string[] };

/**
 * Builds the request body one input item would send on its own from the {@link BodyPlan}, then
 * runs the operation's preSend hooks on it (validation, normalisation). Returns the body or the
 * item's error; synchronously while the hooks are synchronous field checks ({@link fieldCheckOf}:
 * no promise per item and hook, which large batches would pay thousands of times).
 */
function buildBody(
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
			const value = read(json, itemIndex);
			if (value === undefined) continue;
			set(body, expression === undefined ? value : sendValue(context, expression, value, itemIndex));
		}
	} catch (error) {
		return error as Error;
	}
	return runHooks(single, plan.preSend, 0, { method: plan.method, url: plan.url, body });
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

/**
 * The output items of a batched send per input item, flattened in input order at the end. Most
 * items produce exactly one output, kept without an array of its own (bulk sends have 100,000s).
 */
class ItemOutputs {
	private readonly first: Array<INodeExecutionData | undefined>;
	private readonly more = new Map<number, INodeExecutionData[]>();

	constructor(items: number) {
		this.first = new Array<INodeExecutionData | undefined>(items);
	}

	/** Adds an output of input item `itemIndex` (after the ones it already has). */
	add(itemIndex: number, item: INodeExecutionData): void {
		if (this.first[itemIndex] === undefined) {
			this.first[itemIndex] = item;
			return;
		}
		const list = this.more.get(itemIndex);
		if (list) list.push(item);
		else this.more.set(itemIndex, [item]);
	}

	/** Whether input item `itemIndex` has an output yet. */
	has(itemIndex: number): boolean {
		return this.first[itemIndex] !== undefined;
	}

	/** All outputs: input item 0's first, then item 1's, … */
	all(): INodeExecutionData[] {
		const all: INodeExecutionData[] = [];
		for (let itemIndex = 0; itemIndex < this.first.length; itemIndex++) {
			const item = this.first[itemIndex];
			if (item === undefined) continue;
			all.push(item);
			const list = this.more.get(itemIndex);
			if (list) for (let index = 0; index < list.length; index++) all.push(list[index]);
		}
		return all;
	}
}

/**
 * A `customOperations` function that sends the input items of one execution together: each
 * item's fields are evaluated and validated on their own (expressions see their own item), then
 * grouped into requests of at most Batch Size messages (ClickSend takes 1000). Every resulting
 * message is linked to the item that produced it by `custom_string` (a per-item correlation
 * value `n8n-<execution>-<item>` when the user set none; the user's own otherwise, then `to` and
 * order), so a contact-list send's many rows all link to their item.
 * Errors: bad input fails before any request (or becomes that item's error item with Continue On
 * Fail); refused messages follow the shared per-message rules; when a request fails, later
 * batches are not sent, and the error names the items that were sent and those that were not.
 */
export function batchedSend(config: BatchedSendConfig) {
	return async function (this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const option = findOperation(config);
		const method = (option.routing?.request?.method ?? 'POST') as IHttpRequestMethods;
		const url = String(option.routing?.request?.url ?? '');
		const preSend = option.routing?.send?.preSend ?? [];
		const node = this.getNode();
		const fields = config.properties.filter(
			(p) => p.name !== 'operation' && p.name !== 'batching' && NodeHelpers.displayParameter(node.parameters, p, node, null),
		);
		const items = this.getInputData();
		const continueOnFail = this.continueOnFail();
		const itemContext = itemContexts(this);
		// Node-level options (read from the first item). A bad one fails every item: with Continue On
		// Fail each becomes its linked error item (n8n would pass the unsent items on as successes).
		let batchSize: number;
		let concurrency: number;
		try {
			const batching = this.getNodeParameter('batching', 0, {}) as { batchSize?: unknown; concurrency?: unknown };
			batchSize = wholeNumberOption(node, 'Batch Size', batching.batchSize, MAX_BATCH_SIZE, MAX_BATCH_SIZE);
			concurrency = wholeNumberOption(node, 'Batch Concurrency', batching.concurrency, 1, MAX_BATCH_CONCURRENCY);
		} catch (error) {
			const optionError = error instanceof NodeOperationError ? error : new NodeOperationError(node, error as Error);
			if (!continueOnFail) throw optionError;
			return [
				items.map((_item, itemIndex) =>
					errorItem(itemContext(itemIndex), new NodeOperationError(node, optionError.message, { itemIndex, description: 'This item was not sent.' })),
				),
			];
		}
		const executionId = this.getExecutionId() || 'manual';
		// The credential, read once for all batches (n8n would read and decrypt it for every request),
		// and the API base URL from it.
		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		const baseURL = baseUrlFromCredentials(credentials);
		// The timeout too (clickSendRequest would read it from a fresh copy of the node per request).
		const timeout = requestTimeoutMs({ getNode: () => node }, { url });
		// n8n's Settings → Request Options → Batching → Batch Interval: a pause between requests (ms).
		const requestOptions = this.getNodeParameter('requestOptions', 0, {}) as { batching?: { batch?: { batchInterval?: unknown } } };
		const interval = Math.max(0, Number(requestOptions.batching?.batch?.batchInterval) || 0);

		// getNode() deep-copies the node: read its parameters once, not per item.
		const plan = planBody(this, node, fields, preSend, method, url);
		const results = new ItemOutputs(items.length);
		const entries: Entry[] = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			let built = buildBody(this, itemContext(itemIndex), itemIndex, items[itemIndex]?.json ?? {}, plan);
			if (built instanceof Promise) built = await built;
			if (built instanceof Error) {
				const error = built instanceof NodeOperationError || built instanceof NodeApiError ? built : new NodeOperationError(node, built, { itemIndex });
				error.context.itemIndex = itemIndex;
				if (!continueOnFail) throw error;
				results.add(itemIndex, errorItem(itemContext(itemIndex), error));
				continue;
			}
			// Body keys besides `messages` (e.g. MMS media_file); most sends have none.
			let shared = NO_SHARED;
			for (const key in built.body) {
				if (key === 'messages') continue;
				if (shared === NO_SHARED) shared = {};
				shared[key] = built.body[key];
			}
			const sharedKey = shared === NO_SHARED ? '' : JSON.stringify(shared);
			const messages = (built.body.messages ?? []) as IDataObject[];
			for (let index = 0; index < messages.length; index++) {
				const message = messages[index];
				if (message.custom_string === undefined || message.custom_string === '') {
					message.custom_string = `n8n-${executionId}-${itemIndex}`;
				}
				entries.push({ itemIndex, message, shared, sharedKey, warnings: built.warnings });
			}
		}

		// Requests of at most Batch Size messages; messages with the same shared body keys (MMS media)
		// go together wherever they stand in the input. A contact-list message's custom string is
		// unique within its request, so the rows its list expands into can only be its own.
		const batches: Entry[][] = [];
		const open = new Map<string, { entries: Entry[]; customStrings: Set<string>; listCustomStrings: Set<string> }>();
		// Custom strings are tracked only when some message goes to a contact list (most sends have none).
		const anyList = entries.some((entry) => entry.message.list_id !== undefined);
		for (let index = 0; index < entries.length; index++) {
			const entry = entries[index];
			const isList = entry.message.list_id !== undefined;
			const customString = anyList ? String(entry.message.custom_string) : '';
			let batch = open.get(entry.sharedKey);
			const clash = anyList && batch !== undefined && (isList ? batch.customStrings.has(customString) : batch.listCustomStrings.has(customString));
			if (batch === undefined || batch.entries.length >= batchSize || clash) {
				batch = { entries: [], customStrings: new Set(), listCustomStrings: new Set() };
				open.set(entry.sharedKey, batch);
				batches.push(batch.entries);
			}
			batch.entries.push(entry);
			if (!anyList) continue;
			batch.customStrings.add(customString);
			if (isList) batch.listCustomStrings.add(customString);
		}

		const failures = new Map<Entry[], NodeApiError | NodeOperationError>();
		// Entries of accepted requests that ClickSend's answer had no message for.
		const missing: Entry[] = [];
		let linkFailure: Error | undefined;
		// Single-recipient entries by custom string, built only if an answer has a row of another request.
		let byCustomString: Map<string, Entry> | undefined;
		const entryByCustomString: EntryByCustomString = (customString) => {
			if (!byCustomString) {
				byCustomString = new Map();
				for (const entry of entries) if (entry.message.list_id === undefined) byCustomString.set(String(entry.message.custom_string), entry);
			}
			return byCustomString.get(customString);
		};
		const link = (batch: Entry[], rows: unknown[]) => {
			try {
				missing.push(...assignRows(batch, rows, results, itemContext, entryByCustomString));
			} catch (error) {
				linkFailure ??= error as Error;
			}
		};
		const sent = new Set<Entry[]>();
		let next = 0;
		let stopped: NodeApiError | NodeOperationError | undefined;
		// An answered batch's rows are linked to their items just after the next request has gone
		// out, so that work overlaps ClickSend's handling of the next batch.
		const linking: Array<Promise<void>> = [];
		const worker = async () => {
			for (let request = 0; !stopped && next < batches.length; request++) {
				// The pause is cut short when another request fails (in steps of at most 100 ms).
				for (let waited = 0; request > 0 && waited < interval && !stopped; waited += 100) await sleep(Math.min(100, interval - waited));
				if (stopped || next >= batches.length) break;
				const batch = batches[next++];
				let rows: unknown[];
				try {
					const { envelope } = await clickSendRequest.call(
						this,
						{ method, url, baseURL, timeout, body: { ...batch[0].shared, messages: batch.map((e) => e.message) } },
						undefined,
						credentials,
					);
					rows = messagesOf(envelope.data);
				} catch (error) {
					const nodeError = error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeOperationError(node, error as Error);
					failures.set(batch, nodeError);
					stopped ??= nodeError;
					continue;
				}
				sent.add(batch);
				// With nothing left to send, the rows are linked at once (no request to let go first).
				if (next >= batches.length) link(batch, rows);
				else linking.push(sleep(0).then(() => link(batch, rows)));
			}
		};
		await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
		await Promise.all(linking);

		// Items of accepted requests with no message in the answer: they may have been sent.
		if (linkFailure) {
			for (const batch of sent) for (const entry of batch) if (!results.has(entry.itemIndex) && !missing.includes(entry)) missing.push(entry);
		}
		if (missing.length > 0) {
			const problem = (what: string) => (linkFailure ? `Could not read ClickSend's answer for ${what}: ${linkFailure.message}` : `ClickSend's answer had no message for ${what}`);
			const lookup = (list: Entry[]) => {
				const strings = [...new Set(list.map((e) => JSON.stringify(e.message.custom_string)))];
				return `custom_string ${strings.slice(0, 10).join(', ')}${strings.length > 10 ? `, … (${strings.length} in all)` : ''}`;
			};
			if (!continueOnFail && !stopped) {
				const indexes = [...new Set(missing.map((e) => e.itemIndex))];
				throw new NodeOperationError(node, problem(`${indexes.length} item(s) (input items ${ranges(indexes)})`), {
					description: `Their requests were accepted, so they may have been sent: check the history (${lookup(missing)}) before sending them again.`,
				});
			}
			for (const entry of missing) {
				const error = new NodeOperationError(node, problem('this item'), {
					itemIndex: entry.itemIndex,
					description: `Its request was accepted, so it may have been sent: check the history (${lookup([entry])}) before sending it again.`,
				});
				results.add(entry.itemIndex, errorItem(itemContext(entry.itemIndex), error));
			}
		}

		if (stopped) {
			const notSent = batches.filter((b) => !sent.has(b));
			// A batch that failed after its body may have reached ClickSend (5xx, reset, timeout) may have been queued.
			const uncertain = new Set(notSent.filter((b) => mayHaveBeenApplied(failures.get(b))));
			const itemsOf = (list: Entry[][]) => [...new Set(list.flat().map((e) => e.itemIndex))];
			// Items of accepted requests that got no message back may have been sent, too.
			const missingItems = new Set(missing.map((e) => e.itemIndex));
			const sentItems = itemsOf([...sent]).filter((itemIndex) => !missingItems.has(itemIndex));
			const uncertainItems = [...new Set([...itemsOf([...uncertain]), ...missingItems])];
			const notSentItems = itemsOf(notSent.filter((b) => !uncertain.has(b)));
			const listed = (indexes: number[]) => (indexes.length ? ` (${ranges(indexes)})` : '');
			const note = [
				`${sentItems.length} item(s) were sent${listed(sentItems)}`,
				...(uncertainItems.length ? [`${uncertainItems.length} item(s) may have been sent${listed(uncertainItems)}: check the history before sending them again`] : []),
				`${notSentItems.length} item(s) were not sent${listed(notSentItems)}`,
			].join('; ');
			if (!continueOnFail) {
				stopped.description = `${stopped.description ? `${stopped.description} · ` : ''}${note}.`;
				throw stopped;
			}
			for (const batch of notSent) {
				const own = failures.get(batch);
				const outcome = uncertain.has(batch)
					? 'This item may have been sent: check the history before sending it again.'
					: 'This item was not sent.';
				for (const itemIndex of new Set(batch.map((e) => e.itemIndex))) {
					// A batch never tried says so, without the failed request's lookup hints (they are not about it).
					const itemError = own
						? new NodeOperationError(node, own.message, { itemIndex, description: `${own.description ? `${own.description} · ` : ''}${outcome}` })
						: new NodeOperationError(node, `Not sent: an earlier ClickSend request failed (${stopped.message})`, { itemIndex, description: outcome });
					itemError.context.responseCode = (own ?? stopped).context.responseCode;
					results.add(itemIndex, errorItem(itemContext(itemIndex), itemError));
				}
			}
		}

		const all = results.all();
		if (!continueOnFail) {
			const refused = all.filter((item) => (item.json.details as IDataObject | undefined)?.accepted === false);
			if (refused.length > 0) {
				const first = refused[0];
				const index = typeof first.pairedItem === 'object' && !Array.isArray(first.pairedItem) ? first.pairedItem.item : 0;
				throw refusedMessagesError(itemContext(index), refused.map((i) => (i.json.details as IDataObject) ?? i.json), all.length);
			}
		}
		return [all];
	};
}

/**
 * A whole-number option of the Batching collection: empty → `fallback`; whole numbers (or numeric
 * text from an expression) from 1 to `max`.
 * @throws NodeOperationError naming the option and the allowed range, before any request.
 */
function wholeNumberOption(node: INode, label: string, value: unknown, fallback: number, max: number): number {
	if (value === undefined || value === null || value === '') return fallback;
	const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
	if (!Number.isInteger(number) || number < 1 || number > max) {
		throw new NodeOperationError(node, `Invalid ${label}: must be a whole number from 1 to ${max}, got ${JSON.stringify(value)}`);
	}
	return number;
}

/** "0-3, 7, 9-10": item indexes as compact ranges. */
function ranges(indexes: number[]): string {
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

function digits(value: unknown): string {
	return String(value ?? '').replace(/\D/g, '');
}

/** Digits of a phone number that identify it across formats: the last 6 (local vs E.164 differ only in front). */
const TAIL = 6;
/** Subscriber digits: numbers whose last 9 digits agree are one number (`89161234567` local, `+79161234567` E.164). */
const SUBSCRIBER = 9;

/** A recipient's digits without leading zeros: what the `to` of ClickSend's row for it ends with (local or E.164). */
function phoneDigits(value: unknown): string {
	return digits(value).replace(/^0+/, '');
}

/** Whether a row's number (`rowDigits`) is the recipient `wanted` ({@link phoneDigits}), local or E.164. */
function sameNumber(rowDigits: string, wanted: string): boolean {
	if (wanted === '' || rowDigits === '') return false;
	if (rowDigits.endsWith(wanted)) return true;
	return wanted.length >= SUBSCRIBER && rowDigits.length >= SUBSCRIBER && rowDigits.slice(-SUBSCRIBER) === wanted.slice(-SUBSCRIBER);
}

/** Whether an answer row is an object (a message ClickSend returned), not null, text or a list. */
function isRow(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const NO_ENTRIES: Entry[] = [];

/** Finds the entry of this execution whose message carries a custom string (any batch), or undefined. */
type EntryByCustomString = (customString: string) => Entry | undefined;

/**
 * Links the rows ClickSend returned for one batch to the entries that produced them. Rows are
 * grouped by `custom_string`. Within a group, single-recipient entries first take the row with
 * their number (local numbers match their E.164 form); entries left take, in order, rows whose
 * number is none of the group's; contact-list entries take the rest (by `list_id`); a row left
 * with a group entry's number goes to that entry. Rows still left over (a custom string no message
 * of the batch had, or a group's surplus) are placed by {@link placeLeftovers}. Answer rows that
 * are not objects carry nothing to link and are skipped. Returns the entries that got no row: their
 * request was accepted, so their messages may have been sent.
 * Linear in the batch size, also when every message carries the same custom string.
 */
function assignRows(
	batch: Entry[],
	answer: unknown[],
	results: ItemOutputs,
	itemContext: (itemIndex: number) => IExecuteSingleFunctions,
	entryByCustomString: EntryByCustomString,
): Entry[] {
	let rows = answer as IDataObject[];
	for (let index = 0; index < answer.length; index++) {
		if (!isRow(answer[index])) {
			rows = answer.filter(isRow);
			break;
		}
	}
	if (assignOwnRows(batch, rows, results, itemContext)) return NO_ENTRIES;
	const groups = new Map<string, IDataObject[]>();
	for (const row of rows) {
		const key = String(row.custom_string ?? '');
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	const byKey = new Map<string, number[]>();
	for (let index = 0; index < batch.length; index++) {
		const key = String(batch[index].message.custom_string ?? '');
		const group = byKey.get(key);
		if (group) group.push(index);
		else byKey.set(key, [index]);
	}
	const claimed: IDataObject[][] = batch.map(() => []);
	const leftover: Leftover[] = [];
	for (const [key, pool] of groups) {
		if (!byKey.has(key)) for (const row of pool) leftover.push({ row });
	}
	for (const [key, group] of byKey) {
		const pool = groups.get(key) ?? [];
		if (group.length === 1 && pool.length <= 1) {
			// The usual case (a correlation value per item): the item takes its row, if any.
			claimed[group[0]].push(...pool);
			continue;
		}
		matchGroup(batch, group, pool, claimed, leftover);
	}
	const unmatched = leftover.length > 0 ? placeLeftovers(batch, leftover, claimed, results, itemContext, entryByCustomString) : NO_ROWS;
	const missing: Entry[] = [];
	batch.forEach((entry, entryIndex) => {
		if (claimed[entryIndex].length === 0) {
			missing.push(entry);
			return;
		}
		const single = itemContext(entry.itemIndex);
		for (const row of claimed[entryIndex]) results.add(entry.itemIndex, rowItem(single, entry, namedList(row, entry)));
	});
	if (unmatched.length > 0) {
		// Rows no message can be told apart for: linked to the items that got nothing back (else to all of the batch).
		const owners = [...new Set((missing.length > 0 ? missing : batch).map((entry) => entry.itemIndex))];
		const to = missing.length > 0 ? 'the input items of that request that got no message back' : 'every input item of that request';
		for (const row of unmatched) {
			const item = messageItem(itemContext(owners[0]), row);
			if (owners.length > 1) item.pairedItem = owners.map((itemIndex) => ({ item: itemIndex }));
			const customString = row.custom_string === undefined || row.custom_string === '' ? 'without a custom string' : `with custom string ${JSON.stringify(row.custom_string)}`;
			item.json.warning = `ClickSend returned this message ${customString}, which no message of its request had; it is linked to ${to}`;
			results.add(owners[0], item);
		}
		// As many such rows as items without one: those items are accounted for.
		if (unmatched.length >= missing.length) return NO_ENTRIES;
	}
	return missing;
}

/** A row left after matching by custom string, with its custom-string group's entries (none: no message of the batch had it). */
type Leftover = { row: IDataObject; group?: number[] };

/** {@link assignRows} for one custom-string group with several entries or rows. */
function matchGroup(batch: Entry[], group: number[], pool: IDataObject[], claimed: IDataObject[][], leftover: Leftover[]) {
	const taken = new Uint8Array(pool.length);
	const poolDigits = pool.map((row) => digits(row.to));
	// Rows by the last digits of their number, so each lookup is short.
	const byTail = new Map<string, number[]>();
	poolDigits.forEach((number, position) => {
		const tail = number.slice(-TAIL);
		const list = byTail.get(tail);
		if (list) list.push(position);
		else byTail.set(tail, [position]);
	});
	const rowFor = (wanted: string): number => {
		const positions = wanted.length < TAIL ? pool.keys() : (byTail.get(wanted.slice(-TAIL)) ?? []);
		for (const position of positions) if (!taken[position] && sameNumber(poolDigits[position], wanted)) return position;
		return -1;
	};
	const listEntries: number[] = [];
	const singles: Array<{ entryIndex: number; wanted: string }> = [];
	for (const entryIndex of group) {
		const message = batch[entryIndex].message;
		if (message.list_id !== undefined) listEntries.push(entryIndex);
		else singles.push({ entryIndex, wanted: phoneDigits(message.to) });
	}
	// 1. Each single-recipient entry takes the row with its number.
	const unserved: number[] = [];
	for (const { entryIndex, wanted } of singles) {
		const position = rowFor(wanted);
		if (position < 0) unserved.push(entryIndex);
		else {
			taken[position] = 1;
			claimed[entryIndex].push(pool[position]);
		}
	}
	// 2. Entries left take, in order, rows whose number is none of the group's recipients (ClickSend
	//    formatted it differently, or gave none); a row with another entry's number is never theirs.
	const singlesByTail = new Map<string, typeof singles>();
	const shortSingles: typeof singles = [];
	for (const single of singles) {
		if (single.wanted.length < TAIL) {
			shortSingles.push(single);
			continue;
		}
		const tail = single.wanted.slice(-TAIL);
		const list = singlesByTail.get(tail);
		if (list) list.push(single);
		else singlesByTail.set(tail, [single]);
	}
	const ownerByNumber = (position: number) => {
		const number = poolDigits[position];
		const match = ({ wanted }: (typeof singles)[number]) => sameNumber(number, wanted);
		return (singlesByTail.get(number.slice(-TAIL)) ?? []).find(match) ?? shortSingles.find(match);
	};
	let free = 0;
	for (const entryIndex of unserved) {
		while (free < pool.length && (taken[free] || ownerByNumber(free))) free++;
		if (free >= pool.length) break;
		taken[free] = 1;
		claimed[entryIndex].push(pool[free]);
	}
	// 3. The rest: contact-list entries' rows (by list_id), a surplus row with an entry's number to that entry, else left over.
	pool.forEach((row, position) => {
		if (taken[position]) return;
		const list = listEntries.find((e) => row.list_id !== undefined && String(row.list_id) === String(batch[e].message.list_id)) ?? listEntries[0];
		const owner = list ?? ownerByNumber(position)?.entryIndex;
		if (owner !== undefined) claimed[owner].push(row);
		else leftover.push({ row, group });
	});
}

/** A refused contact-list send comes back without recipient: the row names the list it was for. */
function namedList(row: IDataObject, entry: Entry): IDataObject {
	return entry.message.list_id !== undefined && !row.to && row.list_id === undefined ? { ...row, list_id: entry.message.list_id } : row;
}

/**
 * {@link assignRows}' second chance for rows left over after matching by custom string, in this
 * order: a row with a contact list of the batch goes to that list's entry; a row with the number
 * of a single-recipient entry that got no row goes to it; a row of a custom-string group goes to
 * the group's last entry; a row with the custom string of another request's message of this
 * execution goes to that message's item, with a warning (ClickSend answered it twice); one row
 * without a number left for one entry left goes to it. Returns the rows still without an owner.
 */
function placeLeftovers(
	batch: Entry[],
	leftover: Leftover[],
	claimed: IDataObject[][],
	results: ItemOutputs,
	itemContext: (itemIndex: number) => IExecuteSingleFunctions,
	entryByCustomString: EntryByCustomString,
): IDataObject[] {
	const waiting = new Set<number>();
	batch.forEach((entry, entryIndex) => {
		if (claimed[entryIndex].length === 0 && entry.message.list_id === undefined) waiting.add(entryIndex);
	});
	const left: Leftover[] = [];
	for (const item of leftover) {
		const { row, group } = item;
		const list = row.list_id === undefined ? -1 : batch.findIndex((entry) => entry.message.list_id !== undefined && String(entry.message.list_id) === String(row.list_id));
		if (list >= 0) {
			claimed[list].push(row);
			continue;
		}
		const number = digits(row.to);
		const byNumber = [...waiting].find((entryIndex) => sameNumber(number, phoneDigits(batch[entryIndex].message.to)));
		if (byNumber !== undefined) {
			claimed[byNumber].push(row);
			waiting.delete(byNumber);
			continue;
		}
		if (group) {
			claimed[group[group.length - 1]].push(row);
			continue;
		}
		const elsewhere = row.custom_string === undefined || row.custom_string === '' ? undefined : entryByCustomString(String(row.custom_string));
		if (elsewhere) {
			const answered = messageItem(itemContext(elsewhere.itemIndex), row);
			answered.json.warning = `ClickSend returned this message (custom string ${JSON.stringify(row.custom_string)}) in its answer to another request of this execution as well`;
			results.add(elsewhere.itemIndex, answered);
			continue;
		}
		left.push(item);
	}
	// One row without a number left for one entry left: it can only be that entry's.
	if (left.length === 1 && waiting.size === 1 && digits(left[0].row.to) === '') {
		claimed[[...waiting][0]].push(left[0].row);
		return NO_ROWS;
	}
	return left.map(({ row }) => row);
}

const NO_ROWS: IDataObject[] = [];

/** A row ClickSend returned for an entry as the output item of the entry's input item (with the entry's warnings). */
function rowItem(single: IExecuteSingleFunctions, entry: Entry, row: IDataObject): INodeExecutionData {
	const item = messageItem(single, row);
	if (entry.warnings.length > 0 && item.json.error === undefined) item.json.warning = entry.warnings.join(' · ');
	return item;
}

/**
 * {@link assignRows}' usual case, in one pass: one recipient per message, each message with its
 * own custom string, and one row per message, each carrying one of those custom strings. Then each
 * message's row is the one with its custom string (what the general matching would pick too).
 * Returns false, having linked nothing, when the batch or its rows are not of that shape.
 */
function assignOwnRows(batch: Entry[], rows: IDataObject[], results: ItemOutputs, itemContext: (itemIndex: number) => IExecuteSingleFunctions): boolean {
	if (rows.length !== batch.length) return false;
	const owners = new Map<string, number>();
	for (let index = 0; index < batch.length; index++) {
		const message = batch[index].message;
		const key = String(message.custom_string ?? '');
		if (message.list_id !== undefined || owners.has(key)) return false;
		owners.set(key, index);
	}
	const own: Array<IDataObject | undefined> = new Array(batch.length);
	for (const row of rows) {
		const index = owners.get(String(row.custom_string ?? ''));
		if (index === undefined || own[index] !== undefined) return false;
		own[index] = row;
	}
	for (let index = 0; index < batch.length; index++) {
		const entry = batch[index];
		results.add(entry.itemIndex, rowItem(itemContext(entry.itemIndex), entry, own[index]!));
	}
	return true;
}
