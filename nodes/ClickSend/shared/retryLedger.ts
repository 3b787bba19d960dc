import type { IExecuteData, INodeExecutionData } from 'n8n-workflow';

/**
 * n8n's Retry On Fail runs a failed node again on the same input, and with it every item the
 * failed try had already sent: a message or contact twice. The ledger keeps, per node run, what a
 * try did with each input item, so that the next try outputs again what a sent item gave instead
 * of sending it, and warns on an item whose earlier request may have reached ClickSend.
 *
 * A node run is known by n8n's execute data, the same object across the tries of one run (a new
 * one for every other run), and an entry counts only for the very input item object it was made
 * for: retries reuse the input items, while each call of the node as an AI tool (which shares its
 * agent's execute data) brings new ones. The ledger lives as long as the run.
 */
interface Entry {
	/** The input item this entry is about (the same object on a retry). */
	input: unknown;
	/** Its outputs when it was sent. */
	outputs?: INodeExecutionData[];
	/** Why it may have been sent (its request failed after it may have reached ClickSend). */
	uncertain?: string;
}

const ledgers = new WeakMap<IExecuteData, Map<number, Entry>>();

/** A context that can give n8n's execute data (node and single-item contexts). */
interface WithExecuteData {
	getExecuteData?: () => IExecuteData;
}

function executeDataOf(context: WithExecuteData): IExecuteData | undefined {
	try {
		return typeof context.getExecuteData === 'function' ? context.getExecuteData() : undefined;
	} catch {
		return undefined;
	}
}

/** What an earlier try of this node run did with input item `itemIndex` (the object `input`), if anything. */
export type EarlierTry = { outputs: INodeExecutionData[] } | { uncertain: string } | undefined;

/**
 * A reader of what earlier tries of this node run did with each input item (read once per try):
 * its outputs when it was sent (output them, do not send), why it may have been sent (send it,
 * with a warning), or undefined.
 */
export function earlierTries(context: WithExecuteData): (itemIndex: number, input: unknown) => EarlierTry {
	const executeData = executeDataOf(context);
	const ledger = executeData ? ledgers.get(executeData) : undefined;
	return (itemIndex, input) => {
		const entry = ledger?.get(itemIndex);
		if (!entry || entry.input !== input) return undefined;
		if (entry.outputs) return { outputs: entry.outputs };
		return entry.uncertain ? { uncertain: entry.uncertain } : undefined;
	};
}

function record(context: WithExecuteData, itemIndex: number, entry: Entry): void {
	const executeData = executeDataOf(context);
	if (!executeData) return;
	let ledger = ledgers.get(executeData);
	if (!ledger) ledgers.set(executeData, (ledger = new Map()));
	ledger.set(itemIndex, entry);
}

/** Records that input item `itemIndex` (the object `input`) was sent in this try, with its outputs. */
export function recordSent(context: WithExecuteData, itemIndex: number, input: unknown, outputs: INodeExecutionData[]): void {
	record(context, itemIndex, { input, outputs });
}

/** Records that input item `itemIndex`'s request failed after it may have reached ClickSend (`why`, for the warning). */
export function recordUncertain(context: WithExecuteData, itemIndex: number, input: unknown, why: string): void {
	record(context, itemIndex, { input, uncertain: why });
}

/** The `warning` of an item sent again after an earlier try's request for it failed with `why` and may have reached ClickSend. */
export function resentWarning(why: string): string {
	return `An earlier try's request for this item failed after it may have reached ClickSend (${why}): check the history for a duplicate`;
}
