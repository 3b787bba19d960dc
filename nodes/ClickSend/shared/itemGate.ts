import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

/**
 * Holds the requests of a declarative operation's items until every item of the run has been
 * checked, so that without Continue On Fail one item's bad input fails the run before any item's
 * request is sent (n8n's RoutingNode checks and sends each item on its own, all at once: a bad
 * third contact would otherwise leave the first two created, and a re-run would create them twice).
 *
 * The items of one run share n8n's execute data; the gate opens when all of them have arrived
 * (their preSend checks done) or, as a safety net, 1 s after the last arrival (an item whose
 * checks wait on a slow upload then no longer holds the others).
 */
interface Gate {
	expected: number;
	arrived: number;
	/** Whether an item of the run failed its checks. */
	failed: boolean;
	/** Whether an item had failed its checks when the gate opened: the items held until then are not sent. */
	failedAtOpen?: boolean;
	open: Promise<void>;
	release(): void;
	timer?: ReturnType<typeof setTimeout>;
}

/** Longest wait for the rest of a run's items after the last one arrived (ms). */
const SAFETY_MS = 1000;

/** The gate of each run (by n8n's execute data), or null where none applies. */
const gates = new WeakMap<object, Gate | null>();

/**
 * The gate of this item's run: none with Continue On Fail (each item stands alone), with one
 * item, or when Settings → Request Options → Batching sets a Batch Interval (n8n then pauses
 * between items on purpose, and holding the requests would send them together).
 */
function gateOf(context: IExecuteSingleFunctions): Gate | null {
	if (context.continueOnFail()) return null;
	const executeData = typeof context.getExecuteData === 'function' ? context.getExecuteData() : undefined;
	if (!executeData) return null;
	const known = gates.get(executeData);
	if (known !== undefined) return known;
	// getNode() copies the node: read once per run.
	const node = context.getNode();
	const interval = ((node.parameters?.requestOptions as IDataObject | undefined)?.batching as { batch?: { batchInterval?: unknown } } | undefined)?.batch?.batchInterval;
	const paced = typeof interval === 'string' ? interval.trim() !== '' && interval !== '0' : Number(interval) > 0;
	// The items n8n's RoutingNode runs: the node's input, or its first item with Execute Once.
	const input = (executeData.data?.main?.[0] ?? executeData.data?.ai_tool?.[0] ?? []) as unknown[];
	const expected = node.executeOnce === true ? Math.min(1, input.length) : input.length;
	let gate: Gate | null = null;
	if (!paced && expected > 1) {
		let resolve = () => {};
		const open = new Promise<void>((done) => (resolve = done));
		const created: Gate = {
			expected,
			arrived: 0,
			failed: false,
			open,
			release: () => {
				created.failedAtOpen ??= created.failed;
				resolve();
			},
		};
		gate = created;
	}
	gates.set(executeData, gate);
	return gate;
}

/**
 * Marks this item as checked (`failed`: its checks found bad input) and waits until the other
 * items of its run are checked too. Returns whether an item of the run had failed its checks when
 * the gate opened: then no held item is sent (the caller sends nothing for this one). An item
 * arriving after the safety net opened the gate gets false. Without a gate: false at once.
 */
export async function allItemsChecked(context: IExecuteSingleFunctions, failed: boolean): Promise<boolean> {
	const gate = gateOf(context);
	if (!gate) return false;
	gate.arrived++;
	if (failed) gate.failed = true;
	if (gate.timer) clearTimeout(gate.timer);
	if (gate.arrived >= gate.expected) gate.release();
	else {
		gate.timer = setTimeout(gate.release, SAFETY_MS);
	}
	await gate.open;
	return gate.failedAtOpen === true;
}
