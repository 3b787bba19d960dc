import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeApiError, NodeHelpers, NodeOperationError } from 'n8n-workflow';

import { messageItem, messagesOf, refusedMessagesError } from './output';
import { clickSendRequest, deferredError, errorItem, requestWarnings } from './transport';

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
	warnings: string[];
}

const pathKeys = new Map<string, string[]>();

/** Sets `value` at a routing property path such as `messages[0].to` (parsed once per path). */
function setPath(target: IDataObject, path: string, value: unknown) {
	let keys = pathKeys.get(path);
	if (!keys) {
		keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
		pathKeys.set(path, keys);
	}
	let cursor = target as Record<string, unknown>;
	for (let index = 0; index < keys.length - 1; index++) {
		const key = keys[index];
		cursor[key] ??= /^\d+$/.test(keys[index + 1]) ? [] : {};
		cursor = cursor[key] as Record<string, unknown>;
	}
	cursor[keys[keys.length - 1]] = value;
}

/** `={{ $json.a.b }}` / `={{ $json["a b"] }}`: the whole value is one reference to the item's JSON. */
const WHOLE_REFERENCE = /^=\s*\{\{\s*\$json((?:\.[A-Za-z_$][\w$]*|\[\s*(?:"[^"\\]*"|'[^'\\]*'|\d+)\s*\])+)\s*\}\}\s*$/;
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

/**
 * A field's value for one item. Static values are used as they are; the two most common
 * expression shapes, `={{ $json.field }}` and text with `{{ $json.field }}` parts, are read
 * straight from the item when every referenced value is a string, number or boolean (the result
 * n8n's expression engine gives, without its ~0.1 ms per evaluation, which dominates large
 * batches); anything else goes through n8n's `getNodeParameter`.
 */
function readParameter(context: IExecuteFunctions, path: string, raw: unknown, json: IDataObject, itemIndex: number): unknown {
	if (typeof raw === 'string' && raw.startsWith('=')) {
		const whole = WHOLE_REFERENCE.exec(raw);
		if (whole) {
			const value = lookup(json, whole[1]);
			if (isPrimitive(value)) return value;
		} else if (!raw.slice(1).replace(TEMPLATE_REFERENCE, '').includes('{{')) {
			let usable = true;
			const text = raw.slice(1).replace(TEMPLATE_REFERENCE, (_match, reference: string) => {
				const value = lookup(json, reference);
				if (!isPrimitive(value)) usable = false;
				return String(value);
			});
			if (usable) return text;
		}
		return context.getNodeParameter(path, itemIndex, undefined, { extractValue: true });
	}
	if (raw !== null && typeof raw === 'object' && (raw as IDataObject).__rl) {
		return context.getNodeParameter(path, itemIndex, undefined, { extractValue: true });
	}
	return raw === undefined ? context.getNodeParameter(path, itemIndex, undefined, { extractValue: true }) : raw;
}

/** An IExecuteSingleFunctions view of item `itemIndex`, so the operation's preSend hooks and item helpers run unchanged. */
function itemContext(context: IExecuteFunctions, itemIndex: number): IExecuteSingleFunctions {
	const single = Object.create(context) as IExecuteSingleFunctions & Record<string, unknown>;
	single.getItemIndex = () => itemIndex;
	single.getInputData = () => context.getInputData()[itemIndex];
	single.getNodeParameter = ((name: string, fallback?: unknown, options?: IDataObject) =>
		context.getNodeParameter(name, itemIndex, fallback, options)) as IExecuteSingleFunctions['getNodeParameter'];
	single.evaluateExpression = ((expression: string) => context.evaluateExpression(expression, itemIndex)) as IExecuteSingleFunctions['evaluateExpression'];
	// Binary helpers take the property first in the single-item context, the item index first here.
	single.helpers = Object.assign(Object.create(context.helpers) as object, {
		assertBinaryData: (property: string) => context.helpers.assertBinaryData(itemIndex, property),
		getBinaryDataBuffer: async (property: string) => await context.helpers.getBinaryDataBuffer(itemIndex, property),
	}) as unknown as IExecuteSingleFunctions['helpers'];
	return single;
}

function findOperation(config: BatchedSendConfig): INodePropertyOptions {
	for (const property of config.properties) {
		if (property.name !== 'operation' || !property.displayOptions?.show?.resource?.includes(config.resource)) continue;
		const option = (property.options as INodePropertyOptions[]).find((o) => o.value === config.operation);
		if (option) return option;
	}
	throw new Error(`No operation ${config.resource}.${config.operation} in the description`);
}

/**
 * Builds the request body one input item would send on its own, from the operation's fields
 * (`routing.send` body properties, top-level and in collections), then runs the operation's
 * preSend hooks on it (validation, normalisation). Returns the body or the item's error.
 */
async function buildBody(
	context: IExecuteFunctions,
	itemIndex: number,
	fields: INodeProperties[],
	preSend: PreSendAction[],
	method: IHttpRequestMethods,
	url: string,
): Promise<{ body: IDataObject; warnings: string[] } | Error> {
	const single = itemContext(context, itemIndex);
	const body: IDataObject = {};
	const apply = (field: INodeProperties, value: unknown) => {
		const send = field.routing?.send;
		if (!send || send.type !== 'body' || !send.property || value === undefined) return;
		let sent: unknown = value;
		if (typeof send.value === 'string' && send.value.startsWith('=')) {
			// evaluateExpression adds the leading '=' itself.
			sent = context.evaluateExpression(send.value.slice(1).replace(/\$value\b/g, JSON.stringify(value)), itemIndex);
		}
		setPath(body, send.property, sent);
	};
	try {
		const parameters = context.getNode().parameters;
		const json = context.getInputData()[itemIndex]?.json ?? {};
		for (const field of fields) {
			if (field.type === 'collection') {
				const values = (parameters[field.name] ?? {}) as IDataObject;
				for (const option of (field.options ?? []) as INodeProperties[]) {
					if (option.name in values) apply(option, readParameter(context, `${field.name}.${option.name}`, values[option.name], json, itemIndex));
				}
			} else if (field.routing?.send) {
				apply(field, readParameter(context, field.name, parameters[field.name], json, itemIndex));
			}
		}
	} catch (error) {
		return error as Error;
	}
	let options: IHttpRequestOptions = { method, url, body };
	try {
		for (const hook of preSend) options = await hook.call(single, options);
	} catch (error) {
		return error as Error;
	}
	return deferredError(options) ?? { body: options.body as IDataObject, warnings: requestWarnings(options) };
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
		const batching = this.getNodeParameter('batching', 0, {}) as { batchSize?: number; concurrency?: number };
		const batchSize = Math.min(MAX_BATCH_SIZE, Math.max(1, Math.floor(batching.batchSize ?? MAX_BATCH_SIZE)));
		const concurrency = Math.min(MAX_BATCH_CONCURRENCY, Math.max(1, Math.floor(batching.concurrency ?? 1)));
		const executionId = this.getExecutionId() || 'manual';

		const results: INodeExecutionData[][] = items.map(() => []);
		const entries: Entry[] = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const built = await buildBody(this, itemIndex, fields, preSend, method, url);
			if (built instanceof Error) {
				const error = built instanceof NodeOperationError || built instanceof NodeApiError ? built : new NodeOperationError(node, built, { itemIndex });
				error.context.itemIndex = itemIndex;
				if (!continueOnFail) throw error;
				results[itemIndex].push(errorItem(itemContext(this, itemIndex), error));
				continue;
			}
			const { messages, ...shared } = built.body;
			for (const message of (messages ?? []) as IDataObject[]) {
				if (message.custom_string === undefined || message.custom_string === '') {
					message.custom_string = `n8n-${executionId}-${itemIndex}`;
				}
				entries.push({ itemIndex, message, shared, sharedKey: JSON.stringify(shared), warnings: built.warnings });
			}
		}

		const batches: Entry[][] = [];
		for (const entry of entries) {
			const current = batches[batches.length - 1];
			if (current && current.length < batchSize && current[0].sharedKey === entry.sharedKey) current.push(entry);
			else batches.push([entry]);
		}

		const failures = new Map<Entry[], NodeApiError | NodeOperationError>();
		const sent = new Set<Entry[]>();
		let next = 0;
		let stopped: NodeApiError | NodeOperationError | undefined;
		const worker = async () => {
			while (!stopped && next < batches.length) {
				const batch = batches[next++];
				try {
					const { envelope } = await clickSendRequest.call(this, {
						method,
						url,
						body: { ...batch[0].shared, messages: batch.map((e) => e.message) },
					});
					assignRows(batch, messagesOf(envelope.data), results, this);
					sent.add(batch);
				} catch (error) {
					const nodeError = error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeOperationError(node, error as Error);
					failures.set(batch, nodeError);
					stopped ??= nodeError;
				}
			}
		};
		await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));

		if (stopped) {
			const notSent = batches.filter((b) => !sent.has(b));
			const notSentItems = [...new Set(notSent.flat().map((e) => e.itemIndex))];
			const sentItems = [...new Set([...sent].flat().map((e) => e.itemIndex))];
			const note = `${sentItems.length} item(s) were sent${sentItems.length ? ` (${ranges(sentItems)})` : ''}; ${notSentItems.length} item(s) were not sent (${ranges(notSentItems)}).`;
			if (!continueOnFail) {
				stopped.description = `${stopped.description ? `${stopped.description} · ` : ''}${note}`;
				throw stopped;
			}
			for (const batch of notSent) {
				const error = failures.get(batch) ?? stopped;
				for (const itemIndex of new Set(batch.map((e) => e.itemIndex))) {
					const itemError = new NodeOperationError(node, error.message, {
						itemIndex,
						description: `${error.description ? `${error.description} · ` : ''}This item was not sent.`,
					});
					itemError.context.responseCode = error.context.responseCode;
					results[itemIndex].push(errorItem(itemContext(this, itemIndex), itemError));
				}
			}
		}

		if (!continueOnFail) {
			const all = results.flat();
			const refused = all.filter((item) => (item.json.details as IDataObject | undefined)?.accepted === false);
			if (refused.length > 0) {
				const first = refused[0];
				const index = typeof first.pairedItem === 'object' && !Array.isArray(first.pairedItem) ? first.pairedItem.item : 0;
				throw refusedMessagesError(itemContext(this, index), refused.map((i) => (i.json.details as IDataObject) ?? i.json), all.length);
			}
		}
		return [results.flat()];
	};
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

/**
 * Links the rows ClickSend returned for one batch to the entries that produced them: rows are
 * grouped by `custom_string`; within a group, each single-recipient entry takes the row with its
 * `to` (else the next row), and contact-list entries take the rest.
 */
function assignRows(batch: Entry[], rows: IDataObject[], results: INodeExecutionData[][], context: IExecuteFunctions) {
	const groups = new Map<string, IDataObject[]>();
	for (const row of rows) {
		const key = String(row.custom_string ?? '');
		groups.set(key, [...(groups.get(key) ?? []), row]);
	}
	const claimed = new Map<Entry, IDataObject[]>();
	const byKey = new Map<string, Entry[]>();
	for (const entry of batch) {
		const key = String(entry.message.custom_string ?? '');
		byKey.set(key, [...(byKey.get(key) ?? []), entry]);
		claimed.set(entry, []);
	}
	for (const [key, group] of byKey) {
		const pool = groups.get(key) ?? [];
		for (const entry of group.filter((e) => e.message.list_id === undefined)) {
			const wanted = digits(entry.message.to);
			let index = pool.findIndex((row) => wanted !== '' && digits(row.to).endsWith(wanted.replace(/^0+/, '')));
			if (index < 0) index = 0;
			if (pool.length > 0) claimed.get(entry)!.push(...pool.splice(index, 1));
		}
		const listEntries = group.filter((e) => e.message.list_id !== undefined);
		if (listEntries.length > 0) {
			for (const row of pool.splice(0)) {
				const owner = listEntries.find((e) => row.list_id !== undefined && String(row.list_id) === String(e.message.list_id)) ?? listEntries[0];
				claimed.get(owner)!.push(row);
			}
		} else if (pool.length > 0 && group.length > 0) {
			claimed.get(group[group.length - 1])!.push(...pool.splice(0));
		}
	}
	for (const entry of batch) {
		const single = itemContext(context, entry.itemIndex);
		for (const claimedRow of claimed.get(entry)!) {
			// A refused list send comes back without recipient: name the list it was for.
			const row =
				entry.message.list_id !== undefined && !claimedRow.to && claimedRow.list_id === undefined
					? { ...claimedRow, list_id: entry.message.list_id }
					: claimedRow;
			const item = messageItem(single, row);
			if (entry.warnings.length > 0 && item.json.error === undefined) item.json.warning = entry.warnings.join(' · ');
			results[entry.itemIndex].push(item);
		}
	}
}
