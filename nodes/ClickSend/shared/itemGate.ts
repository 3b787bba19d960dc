import type { IDataObject, IExecuteSingleFunctions, ITaskDataConnections } from 'n8n-workflow';

/**
 * Holds the requests of a declarative operation's items until every item of the run has been
 * checked, so that without Continue On Fail one item's bad input fails the run before any item's
 * request is sent (n8n's RoutingNode checks and sends each item on its own, all at once: a bad
 * third contact would otherwise leave the first two created, and a re-run would create them twice).
 *
 * The gate opens when every item n8n's RoutingNode runs (its input, as the item's context holds
 * it) has arrived with its checks done. When n8n stops creating items half-way (an expression it
 * cannot resolve for one item), the items already waiting are never sent: the run has failed.
 * Every preSend hook of the node is wrapped by `preSend()` (transport.ts), which never rejects, so
 * every item that n8n created arrives.
 */
interface Gate {
	expected: number;
	/** Item indexes arrived: a second arrival of one is a new run (Retry On Fail reuses n8n's execute data). */
	arrived: Set<number>;
	/** Whether an item of the run failed its checks. */
	failed: boolean;
	open: Promise<void>;
	release(): void;
}

/** The gate of each run (by n8n's execute data), or null where none applies. */
const gates = new WeakMap<object, Gate | null>();

/** The input items n8n's RoutingNode runs for this context: its main input (or AI tool input), first connection. */
function routedItems(context: IExecuteSingleFunctions): unknown[] | undefined {
	const inputData = (context as unknown as { inputData?: ITaskDataConnections }).inputData;
	const items = inputData?.main?.[0] ?? inputData?.ai_tool?.[0];
	return Array.isArray(items) ? items : undefined;
}

/**
 * A new gate for this item's run, or null where none applies: with Continue On Fail (each item
 * stands alone), with one item, when the run's items cannot be counted, or when Settings →
 * Request Options → Batching makes n8n pause between items (a Batch Interval above 0 and more
 * items than Items per Batch: n8n spaces the requests on purpose, and holding them would send
 * them together).
 */
function newGate(context: IExecuteSingleFunctions): Gate | null {
	if (context.continueOnFail()) return null;
	const expected = routedItems(context)?.length ?? 0;
	if (expected <= 1) return null;
	// As n8n's RoutingNode reads them: resolved for item 0, whichever item arrives first (an item whose
	// checks make a request of their own may arrive after the others).
	const batch = ((context.getNode().parameters?.requestOptions as IDataObject | undefined)?.batching as { batch?: IDataObject } | undefined)?.batch;
	let batchSize: unknown;
	let batchInterval: unknown;
	try {
		const atFirstItem = (value: unknown) => (typeof value === 'string' && value.startsWith('=') ? context.evaluateExpression(value.slice(1), 0) : value);
		batchSize = atFirstItem(batch?.batchSize);
		batchInterval = atFirstItem(batch?.batchInterval);
	} catch {
		return null;
	}
	const perPause = Number(batchSize) > 0 ? Number(batchSize) : 1;
	if (Number(batchInterval) > 0 && expected > perPause) return null;
	let resolve = () => {};
	const open = new Promise<void>((done) => (resolve = done));
	return { expected, arrived: new Set(), failed: false, open, release: resolve };
}

/**
 * Marks this item as checked (`failed`: its checks found bad input) and waits until every item
 * of its run is checked. Returns whether an item of the run failed its checks: then no item is
 * sent (the caller sends nothing for this one). Without a gate it returns at once: false.
 */
export async function allItemsChecked(context: IExecuteSingleFunctions, failed: boolean): Promise<boolean> {
	const executeData = typeof context.getExecuteData === 'function' ? context.getExecuteData() : undefined;
	if (!executeData) return false;
	const itemIndex = context.getItemIndex();
	let gate = gates.get(executeData);
	if (gate === undefined || (gate !== null && gate.arrived.has(itemIndex))) {
		gate = newGate(context);
		gates.set(executeData, gate);
	}
	if (!gate) return false;
	gate.arrived.add(itemIndex);
	if (failed) gate.failed = true;
	if (gate.arrived.size >= gate.expected) gate.release();
	await gate.open;
	return gate.failed;
}
