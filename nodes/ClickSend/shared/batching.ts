import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INode,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeApiError, NodeHelpers, NodeOperationError, sleep } from 'n8n-workflow';

import { buildBody, type BuiltBody, itemContexts, planBody } from './batchBody';
import { messagesOf, refusedMessagesError } from './output';
import { assignRows, elsewhereFinder, type Entry, ItemOutputs, type LinkContext, linkUnplaced, rowItem } from './rowLinking';
import {
	baseUrlFromCredentials,
	clickSendRequestUnread,
	CREDENTIAL_TYPE,
	errorItem,
	mayHaveBeenApplied,
	type NetworkOptions,
	networkOptions,
	noteNoItemSent,
	recipientTexts,
	runWhenChecked,
	settingsTimeoutMs,
	waitsForChecks,
} from './transport';
import type { ClickSendEnvelope } from './errors';
import { earlierTries, recordSent, recordUncertain, resentWarning } from './retryLedger';
import { ranges } from './text';

/** ClickSend's largest send: at most 1000 messages per request. */
export const MAX_BATCH_SIZE = 1000;
/** The longest timer Node.js keeps (ms); longer ones fire after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Fewest messages whose answer is read while the next request is out (see afterRequestWritten): a
 * smaller answer is read at once (too little work to overlap; waiting for the next request to go out
 * would hold back sends of one message per request).
 */
const READ_LATER_MIN_MESSAGES = 100;

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
	/**
	 * Where an item's messages are: the body's `messages` list (default; SMS, MMS, voice, fax), its
	 * `recipients` list (letters, postcards), or the whole body, one message (email; with `onePerRequest`).
	 */
	messages?: 'messages' | 'recipients' | 'body';
	/**
	 * What an answer gives each item: `messages` (default), one output per message row with `accepted`
	 * and refusals as errors; `data`, the answer's `data` as ClickSend gives it (an email's `status`, such
	 * as WaitApproval, is not a refusal).
	 */
	output?: 'messages' | 'data';
	/**
	 * One input item per request, without a Batching option (emails, one body each; letters and
	 * postcards: ClickSend documents no recipient limit for them, and its postcard answers carry no custom
	 * string to link a row by). Every item is still checked before any request; every row of an answer is
	 * its item's, and is read before the next item is sent; with Continue On Fail, an item ClickSend
	 * refuses with a 4xx (other than 401, 403 and 429) does not stop the others.
	 */
	onePerRequest?: boolean;
}

/** The shared body part of a send without one (never written to). */
const NO_SHARED: IDataObject = Object.freeze({}) as IDataObject;

function findOperation(config: BatchedSendConfig): INodePropertyOptions {
	for (const property of config.properties) {
		if (property.name !== 'operation' || !property.displayOptions?.show?.resource?.includes(config.resource)) continue;
		const option = (property.options as INodePropertyOptions[]).find((o) => o.value === config.operation);
		if (option) return option;
	}
	throw new Error(`No operation ${config.resource}.${config.operation} in the description`);
}

/**
 * A `customOperations` function that sends the input items of one execution together:
 * - Each item's fields are evaluated and checked on their own (expressions see their own item;
 *   binary files are uploaded as their item is checked), all before the first send request.
 * - Messages are grouped into requests of at most Batch Size messages (ClickSend takes 1000);
 *   messages with different shared body keys (MMS media, fax document) go in different requests,
 *   and contact-list messages sharing a custom string in separate ones.
 * - Requests go one at a time, or Batch Concurrency at once, with n8n's Request Options (Batch
 *   Interval after Items per Batch items, Timeout, Proxy, Ignore SSL Issues). Each answer is parsed
 *   and linked once the next request is on the wire.
 * - Every resulting message is linked to the item that produced it by `custom_string` (a per-item
 *   correlation value `n8n-<execution>-<item>` when the user set none; the user's own otherwise,
 *   then `to`, text and order), so a contact-list send's many rows all link to their item.
 * - With {@link BatchedSendConfig.onePerRequest} (emails, letters, postcards) each item is sent in a
 *   request of its own, whose answer is all its own.
 * Errors: bad input fails before any request (or becomes that item's error item with Continue On
 * Fail); refused messages follow the shared per-message rules; when a request fails, later
 * batches are not sent, and the error names the items that were sent, may have been sent (the
 * failed request's when its body may have reached ClickSend) and were not.
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
		// n8n's Settings → Request Options: Batching (a pause of Batch Interval ms after every Items per
		// Batch input items, as n8n's RoutingNode counts them: 1 unless above 0), Timeout, Proxy, Ignore SSL Issues.
		let interval: number;
		let itemsPerPause: number;
		let timeout: number;
		let network: NetworkOptions;
		try {
			const requestOptions = this.getNodeParameter('requestOptions', 0, {}) as IDataObject & { batching?: { batch?: { batchInterval?: unknown; batchSize?: unknown } } };
			interval = Math.max(0, Number(requestOptions.batching?.batch?.batchInterval) || 0);
			// Node's timers take at most 2^31 − 1 ms and wait 1 ms for anything longer (Infinity too), as n8n's pause does.
			if (interval > MAX_TIMER_MS) interval = 1;
			const perBatch = Number(requestOptions.batching?.batch?.batchSize);
			itemsPerPause = perBatch > 0 ? perBatch : 1;
			timeout = settingsTimeoutMs(requestOptions);
			network = networkOptions(node, requestOptions);
			// As set when no option is an expression (n8n's getNodeParameter costs ~0.25 ms for this collection).
			const raw = (node.parameters.batching ?? {}) as IDataObject;
			const literal = Object.values(raw).every((value) => typeof value !== 'string' || !value.startsWith('='));
			const batching = (config.onePerRequest ? {} : literal ? raw : this.getNodeParameter('batching', 0, {})) as { batchSize?: unknown; concurrency?: unknown };
			batchSize = config.onePerRequest ? 1 : wholeNumberOption(node, 'Batch Size', batching.batchSize, MAX_BATCH_SIZE, MAX_BATCH_SIZE);
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
		const arrayKey = config.messages ?? 'messages';
		const wholeBody = arrayKey === 'body';
		// The credential, read once for all batches (n8n would read and decrypt it for every request),
		// and the API base URL from it.
		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		const baseURL = baseUrlFromCredentials(credentials);

		// getNode() deep-copies the node: read its parameters once, not per item.
		const plan = planBody(this, node, fields, preSend, method, url);
		const results = new ItemOutputs(items.length);
		const entries: Entry[] = [];
		// Items an earlier try of this run sent (Retry On Fail): their outputs again, not a second send.
		const sentEarlier: number[] = [];
		const remember = (itemIndexes: Iterable<number>) => {
			for (const itemIndex of itemIndexes) recordSent(this, itemIndex, items[itemIndex], results.of(itemIndex));
		};
		const earlierTry = earlierTries(this);
		// An item's bad input (or its file's failed upload), before any message is sent: without Continue
		// On Fail it fails the run, saying (as the other operations do) that no item was sent.
		const itemFailed = (itemIndex: number, failure: Error) => {
			const error = failure instanceof NodeOperationError || failure instanceof NodeApiError ? failure : new NodeOperationError(node, failure, { itemIndex });
			error.context.itemIndex = itemIndex;
			if (!continueOnFail) throw items.length > 1 && sentEarlier.length === 0 ? noteNoItemSent(error) : error;
			results.add(itemIndex, errorItem(itemContext(itemIndex), error));
		};
		// The entries (one per message) of an item whose body is complete; `uncertain`: why an earlier
		// try's request for the item may have reached ClickSend (Retry On Fail).
		const addEntries = (itemIndex: number, built: BuiltBody, uncertain: string | undefined) => {
			// Body keys besides the messages (e.g. MMS media_file); most sends have none.
			let shared = NO_SHARED;
			if (!wholeBody) {
				for (const key in built.body) {
					if (key === arrayKey) continue;
					if (shared === NO_SHARED) shared = {};
					shared[key] = built.body[key];
				}
			}
			const sharedKey = shared === NO_SHARED ? '' : JSON.stringify(shared);
			const messages = (wholeBody ? [built.body] : (built.body[arrayKey] ?? [])) as IDataObject[];
			for (let index = 0; index < messages.length; index++) {
				const message = messages[index];
				// One item per request needs no correlation value: the answer is the item's.
				if (!config.onePerRequest && (message.custom_string === undefined || message.custom_string === '')) {
					message.custom_string = `n8n-${executionId}-${itemIndex}`;
				}
				// Sent again after an earlier try's request may have reached ClickSend: say so on its outputs.
				const warnings = uncertain !== undefined ? [...built.warnings, resentWarning(uncertain)] : built.warnings;
				entries.push({ itemIndex, message, shared, sharedKey, warnings });
			}
		};
		// A body that waits for a request (a Binary File's upload) is completed once every item is
		// checked, so a later item's bad input leaves nothing uploaded; the items after it wait too,
		// so entries stay in input order. Most sends have none: their entries are made as they are checked.
		const waiting: Array<{ itemIndex: number; built: BuiltBody; uncertain: string | undefined }> = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const earlier = earlierTry(itemIndex, items[itemIndex]);
			if (earlier && 'outputs' in earlier) {
				for (const output of earlier.outputs) results.add(itemIndex, output);
				sentEarlier.push(itemIndex);
				continue;
			}
			let built = buildBody(this, itemContext(itemIndex), itemIndex, items[itemIndex]?.json ?? {}, plan);
			if (built instanceof Promise) built = await built;
			if (built instanceof Error) itemFailed(itemIndex, built);
			else if (waiting.length > 0 || waitsForChecks(built.body)) waiting.push({ itemIndex, built, uncertain: earlier?.uncertain });
			else addEntries(itemIndex, built, earlier?.uncertain);
		}
		for (const { itemIndex, built, uncertain } of waiting) {
			try {
				await runWhenChecked(built.body);
			} catch (error) {
				itemFailed(itemIndex, error as Error);
				continue;
			}
			addEntries(itemIndex, built, uncertain);
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
		// Batches whose answer could not be linked (a fault of this node): their unlinked entries are reported.
		const unreadBatches: Entry[][] = [];
		let linkFailure: Error | undefined;
		const linkContext: LinkContext = { results, itemContext, findElsewhere: elsewhereFinder(entries), answered: new Set() };
		// Rows of an answer no message could be told apart for, output once every answer is linked.
		const unplaced: Array<{ batch: Entry[]; rows: IDataObject[] }> = [];
		const link = (batch: Entry[], rows: unknown[]) => {
			if (config.onePerRequest) {
				const [entry] = batch;
				for (const row of rows) {
					if (typeof row !== 'object' || row === null || Array.isArray(row)) continue;
					results.add(entry.itemIndex, config.output === 'data' ? dataItem(entry, row as IDataObject) : rowItem(itemContext(entry.itemIndex), entry, row as IDataObject));
				}
				if (!results.has(entry.itemIndex)) missing.push(entry);
				return;
			}
			try {
				const linked = assignRows(batch, rows, linkContext);
				missing.push(...linked.missing);
				if (linked.unmatched.length > 0) unplaced.push({ batch, rows: linked.unmatched });
			} catch (error) {
				linkFailure ??= error as Error;
				unreadBatches.push(batch);
			}
		};
		const sent = new Set<Entry[]>();
		// Requests refused on their own (one item per request, Continue On Fail): their items' error items.
		const refusedAlone = new Set<Entry[]>();
		let next = 0;
		let stopped: NodeApiError | NodeOperationError | undefined;
		// A failed request: later batches are not sent.
		const fail = (batch: Entry[], error: unknown) => {
			const nodeError = error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeOperationError(node, error as Error);
			failures.set(batch, nodeError);
			// One item per request with Continue On Fail: a refusal of this item's request (4xx) is its own.
			if (config.onePerRequest && continueOnFail && isItemRefusal(nodeError)) {
				refusedAlone.add(batch);
				return;
			}
			stopped ??= nodeError;
		};
		// An answer is parsed and its rows linked to their items just after the next request has gone
		// out (afterRequestWritten), so that work overlaps ClickSend's handling of the next batch. An answer
		// that turns out not to be ClickSend JSON fails its batch as if its request had failed (it may have been sent).
		const reading: Array<Promise<void>> = [];
		const read = (batch: Entry[], answer: () => ClickSendEnvelope) => {
			let rows: unknown[];
			try {
				rows = config.output === 'data' ? dataRows(answer().data) : messagesOf(answer().data);
			} catch (error) {
				sent.delete(batch);
				fail(batch, error);
				return;
			}
			link(batch, rows);
		};
		// n8n pauses before input item i when i % Items per Batch is 0 (i > 0): a request pauses first when
		// such an item is among its messages, or among those of the request before it.
		const starts: number[] = [];
		for (let index = 0, start = 0; index < batches.length; start += batches[index].length, index++) starts.push(start);
		const pausesBefore = (index: number) => {
			if (interval <= 0 || index === 0) return false;
			for (let item = starts[index - 1] + 1; item <= starts[index]; item++) if (item % itemsPerPause === 0) return true;
			return false;
		};
		const worker = async () => {
			let unreadPrevious: Promise<void> | undefined;
			// Each lane's first request goes at once (lanes start together).
			for (let first = true; !stopped && next < batches.length; first = false) {
				const index = next++;
				const batch = batches[index];
				// The pause is cut short when another request fails (in steps of at most 100 ms).
				if (!first && pausesBefore(index)) for (let waited = 0; waited < interval && !stopped; waited += 100) await sleep(Math.min(100, interval - waited));
				if (stopped) break;
				let answer: () => ClickSendEnvelope;
				try {
					({ read: answer } = await clickSendRequestUnread.call(
						this,
						{ method, url, baseURL, timeout, proxy: network.proxy, skipSslCertificateValidation: network.skipSslCertificateValidation, body: wholeBody ? batch[0].message : { ...batch[0].shared, [arrayKey]: batch.map((e) => e.message) } },
						undefined,
						credentials,
					));
				} catch (error) {
					fail(batch, error);
					continue;
				}
				sent.add(batch);
				// This lane's previous answer is read before its next request goes out, so an answer that cannot
				// be read stops the batches after the one that was on the wire while it waited.
				if (unreadPrevious) await unreadPrevious;
				unreadPrevious = undefined;
				// Read at once with nothing left to send, for one item per request (an unreadable answer then
				// stops the next letter or email) and for small batches: there is little work to overlap.
				if (next >= batches.length || config.onePerRequest || batch.length < READ_LATER_MIN_MESSAGES) read(batch, answer);
				else {
					unreadPrevious = afterRequestWritten().then(() => read(batch, answer));
					reading.push(unreadPrevious);
				}
			}
		};
		await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
		await Promise.all(reading);

		// Items of accepted requests with no message in the answer: they may have been sent. A row
		// that came back in another request's answer counts as the entry's.
		const { answered } = linkContext;
		// "2 item(s) had a message ClickSend refused (1-2)", and refused rows that could not be told apart.
		const refusedNote = ({ refused, apart, apartItems }: RowAccount) =>
			[
				...(refused.size ? [`${refused.size} item(s) had a message ClickSend refused (${ranges([...refused])})`] : []),
				...(apart.length ? [`ClickSend refused ${apart.length} message(s) that could not be told apart (linked to items ${ranges(apartItems)})`] : []),
			].join('; ');
		const noRow = missing.filter((entry) => !answered.has(entry));
		const noRowSet = new Set(noRow);
		for (const { batch, rows } of unplaced) {
			const owners = batch.filter((entry) => noRowSet.has(entry));
			linkUnplaced(rows, [...new Set((owners.length > 0 ? owners : batch).map((entry) => entry.itemIndex))], owners.length > 0, linkContext);
		}
		const unread = unreadBatches.flatMap((batch) => batch.filter((e) => !results.has(e.itemIndex) && !answered.has(e) && !noRowSet.has(e)));
		const problems = [...noRow, ...unread];
		if (problems.length > 0) {
			// What to look the messages up by: their custom strings, else their recipients.
			const lookup = (list: Entry[]) => {
				const strings = [...new Set(list.flatMap((e) => (e.message.custom_string === undefined ? [] : [JSON.stringify(e.message.custom_string)])))];
				const recipients = [...new Set(list.flatMap((e) => recipientTexts(e.message)))];
				const [label, values] = strings.length > 0 ? ['custom_string', strings] : recipients.length > 0 ? ['recipient', recipients] : ['time sent', ['just now']];
				return `${label} ${values.slice(0, 10).join(', ')}${values.length > 10 ? `, … (${values.length} in all)` : ''}`;
			};
			if (!continueOnFail && !stopped) {
				const counted = (list: Entry[]) => {
					const indexes = [...new Set(list.map((e) => e.itemIndex))];
					return `${indexes.length} item(s) (input items ${ranges(indexes)})`;
				};
				const parts = [
					...(noRow.length ? [`ClickSend's answer had no message for ${counted(noRow)}`] : []),
					...(unread.length ? [`could not read ClickSend's answer for ${counted(unread)}: ${linkFailure?.message}`] : []),
				];
				const message = parts.join('; ');
				const account = accountOf(results.all());
				const refused = refusedNote(account);
				// The items whose messages came back accepted: a re-run must not send them again.
				const problemItems = new Set(problems.map((e) => e.itemIndex));
				const sentItems = [...account.sent].filter((itemIndex) => !problemItems.has(itemIndex) && !account.refused.has(itemIndex));
				const sentNote = sentItems.length ? ` ${sentItems.length} item(s) were sent (${ranges(sentItems)}): do not send them again.` : '';
				remember(sentItems);
				throw new NodeOperationError(node, message.charAt(0).toUpperCase() + message.slice(1), {
					description: `Their requests were accepted, so they may have been sent: check the history (${lookup(problems)}) before sending them again.${refused ? ` Also, ${refused}.` : ''}${sentNote}`,
				});
			}
			for (const entry of problems) {
				const text = noRowSet.has(entry) ? "ClickSend's answer had no message for this item" : `Could not read ClickSend's answer for this item: ${linkFailure?.message}`;
				const error = new NodeOperationError(node, text, {
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
			// Items of accepted requests that got no message back may have been sent, too; items whose
			// row came back in another request's answer were sent, whatever became of their own request.
			const problemItems = new Set(problems.map((e) => e.itemIndex));
			const answeredItems = new Set([...answered].map((e) => e.itemIndex));
			const account = accountOf(results.all());
			const sentItems = [...new Set([...sentEarlier, ...itemsOf([...sent]), ...answeredItems])].filter((itemIndex) => !problemItems.has(itemIndex) && !account.refused.has(itemIndex));
			// Items with some messages accepted and some refused: a retry must not send the accepted ones again.
			const partlySent = [...account.refused].filter((itemIndex) => account.sent.has(itemIndex));
			const uncertainItems = [...new Set([...itemsOf([...uncertain]), ...problemItems])].filter((itemIndex) => !answeredItems.has(itemIndex));
			const notSentItems = itemsOf(notSent.filter((b) => !uncertain.has(b))).filter((itemIndex) => !answeredItems.has(itemIndex));
			const listed = (indexes: number[]) => (indexes.length ? ` (${ranges(indexes)})` : '');
			const note = [
				...(sentItems.length ? [`${sentItems.length} item(s) were sent${listed(sentItems)}`] : []),
				...(refusedNote(account) ? [refusedNote(account)] : []),
				...(uncertainItems.length ? [`${uncertainItems.length} item(s) may have been sent${listed(uncertainItems)}: check the history before sending them again`] : []),
				...(notSentItems.length ? [`${notSentItems.length} item(s) were not sent${listed(notSentItems)}`] : []),
			].join('; ');
			for (const itemIndex of uncertainItems) recordUncertain(this, itemIndex, items[itemIndex], stopped.message);
			if (!continueOnFail) {
				stopped.description = `${stopped.description ? `${stopped.description} · ` : ''}${note}.`;
				remember([...sentItems, ...partlySent]);
				throw stopped;
			}
			for (const batch of notSent) {
				const own = failures.get(batch);
				const outcome = uncertain.has(batch)
					? 'This item may have been sent: check the history before sending it again.'
					: 'This item was not sent.';
				for (const itemIndex of new Set(batch.filter((e) => !answered.has(e)).map((e) => e.itemIndex))) {
					// A batch never tried says so, without the failed request's lookup hints (they are not about it).
					const itemError = own
						? new NodeOperationError(node, own.message, { itemIndex, description: `${own.description ? `${own.description} · ` : ''}${outcome}` })
						: new NodeOperationError(node, `Not sent: an earlier ClickSend request failed (${stopped.message})`, { itemIndex, description: outcome });
					itemError.context.responseCode = (own ?? stopped).context.responseCode;
					results.add(itemIndex, errorItem(itemContext(itemIndex), itemError));
				}
			}
		}

		// Items whose own request ClickSend refused, with nothing stopped (one item per request, Continue On Fail).
		if (!stopped) {
			for (const batch of refusedAlone) {
				// The request's own error (its HTTP code stays in the item's details), about this item alone.
				const own = failures.get(batch)!;
				const itemIndex = batch[0].itemIndex;
				own.description = `${own.description ? `${own.description} · ` : ''}This item was not sent.`;
				own.context.itemIndex = itemIndex;
				results.add(itemIndex, errorItem(itemContext(itemIndex), own));
			}
		}

		const all = results.all();
		if (!continueOnFail) {
			const refused = all.filter(isRefused);
			if (refused.length > 0) {
				// Every request was accepted: say which items' messages went out, so a re-run sends only the
				// rest. Rows linked to several items (not told apart) say nothing about any one of them.
				const { sent: sentIndexes, refused: refusedIndexes, apart, apartItems } = accountOf(all);
				const whollyRefused = [...refusedIndexes].filter((itemIndex) => !sentIndexes.has(itemIndex));
				const partly = [...refusedIndexes].filter((itemIndex) => sentIndexes.has(itemIndex));
				const sentOnly = [...sentIndexes].filter((itemIndex) => !refusedIndexes.has(itemIndex));
				const note = [
					...(sentOnly.length ? [`${sentOnly.length} item(s) were sent (${ranges(sentOnly)}): do not send them again`] : []),
					...(partly.length ? [`${partly.length} item(s) had some messages sent and some refused (${ranges(partly)})`] : []),
					...(whollyRefused.length ? [`${whollyRefused.length} item(s) were refused (${ranges(whollyRefused)})`] : []),
					...(apart.length
						? [`${apart.length} refused message(s) could not be told apart in ClickSend's answer and are linked to items ${ranges(apartItems)}: check the history`]
						: []),
				].join('; ');
				const first = refused.find((item) => pairedIndexes(item).length === 1) ?? refused[0];
				remember([...sentOnly, ...partly]);
				throw refusedMessagesError(itemContext(pairedIndexes(first)[0] ?? 0), refused.map((i) => (i.json.details as IDataObject) ?? i.json), all.length, `${note}.`);
			}
		}
		// With Continue On Fail n8n retries (Retry On Fail) when the first output is an error item:
		// the items that went out must not go out again.
		if (continueOnFail) remember(accountOf(all).sent);
		return [all];
	};
}

/**
 * Resolves after two turns of the event loop's timers (n8n's `sleep(0)`, twice). The second comes after
 * an I/O phase, in which a request started just before has connected and gone out. A batched send reads
 * the previous answer then: decoding and parsing ~340 kB takes a few ms, and with one turn that work ran
 * before the next request was written, holding it back (~3 ms of every batch on loopback).
 */
function afterRequestWritten(): Promise<void> {
	return sleep(0).then(() => sleep(0));
}

/** An answer's `data` as output rows: each element of a list, an object as it is, anything else as `{data}`. */
function dataRows(data: unknown): unknown[] {
	if (Array.isArray(data)) return data;
	return data !== null && typeof data === 'object' ? [data] : [{ data: data ?? null }];
}

/** A row of an answer's `data` as the output item of its entry's input item (with the entry's warnings). */
function dataItem(entry: Entry, row: IDataObject): INodeExecutionData {
	if (entry.warnings.length > 0) row.warning = entry.warnings.join(' · ');
	return { json: row, pairedItem: { item: entry.itemIndex } };
}

/**
 * Whether a failed request was refused for its own content: a 4xx answer other than 401/403
 * (the credential or account, the same for every request) and 429 (rate limit, already retried).
 */
function isItemRefusal(error: NodeApiError | NodeOperationError): boolean {
	const status = Number(error instanceof NodeApiError ? error.httpCode : undefined);
	return status >= 400 && status < 500 && status !== 401 && status !== 403 && status !== 429;
}

/** Whether an output item is a message ClickSend refused (its error item's details say `accepted: false`). */
const isRefused = (item: INodeExecutionData) => (item.json.details as IDataObject | undefined)?.accepted === false;

/**
 * What a send's outputs say per input item: `sent`, items with an accepted message linked to them
 * alone; `refused`, items with a refused one; `apart`, refused rows linked to several items (rows
 * that could not be told apart, which say nothing about any one item) and `apartItems`, their items.
 */
type RowAccount = { sent: Set<number>; refused: Set<number>; apart: INodeExecutionData[]; apartItems: number[] };

/** The {@link RowAccount} of a send's output items. */
function accountOf(outputs: INodeExecutionData[]): RowAccount {
	const account: RowAccount = { sent: new Set(), refused: new Set(), apart: [], apartItems: [] };
	for (const item of outputs) {
		const indexes = pairedIndexes(item);
		if (isRefused(item)) {
			if (indexes.length === 1) account.refused.add(indexes[0]);
			else account.apart.push(item);
		// An error item is not a sent message: with the error output it carries `error`, with the
		// regular output its json does (a failed request's item would otherwise count as sent, and a
		// retry would output its error again instead of sending it).
		} else if (indexes.length === 1 && item.error === undefined && item.json.error === undefined) account.sent.add(indexes[0]);
	}
	account.apartItems = [...new Set(account.apart.flatMap(pairedIndexes))];
	return account;
}

/** The input item indexes an output item links to (`pairedItem`, one or many). */
const pairedIndexes = (item: INodeExecutionData): number[] => {
	const paired = Array.isArray(item.pairedItem) ? item.pairedItem : [item.pairedItem];
	return paired.flatMap((p) => (typeof p === 'object' && p !== null ? [p.item] : []));
};

/**
 * A whole-number option of the Batching collection: empty → `fallback`; whole numbers (or text of
 * plain digits from an expression) from 1 to `max`.
 * @throws NodeOperationError naming the option and the allowed range, before any request.
 */
function wholeNumberOption(node: INode, label: string, value: unknown, fallback: number, max: number): number {
	if (value === undefined || value === null || value === '') return fallback;
	// Numeric text only as plain digits: not "0x10", "1e3" or "2.0", which Number() would take.
	const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
	if (!Number.isInteger(number) || number < 1 || number > max) {
		// NaN and Infinity as themselves (JSON would say null); lists and objects as JSON.
		const got = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
		throw new NodeOperationError(node, `Invalid ${label}: must be a whole number from 1 to ${max}, got ${got}`);
	}
	return number;
}

