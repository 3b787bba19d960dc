import type { IExecuteData, INodeExecutionData } from 'n8n-workflow';

/**
 * n8n's Retry On Fail runs a failed node again on the same input, and with it every item the
 * failed try had already sent: a message or contact twice. The ledger keeps, per node run, the
 * outputs of the items a failed try sent, so that the next try outputs them again instead of
 * sending them. A node run is known by n8n's execute data, the same object across the tries of one
 * run (and a new one for every other run), so the ledger lives exactly as long as the run.
 */
const ledgers = new WeakMap<IExecuteData, Map<number, INodeExecutionData[]>>();

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

/**
 * The outputs earlier tries of this node run recorded, by input item (read once per try), or
 * undefined when there were none.
 */
export function earlierTries(context: WithExecuteData): ReadonlyMap<number, INodeExecutionData[]> | undefined {
	const executeData = executeDataOf(context);
	return executeData ? ledgers.get(executeData) : undefined;
}

/**
 * The outputs an earlier try of this node run recorded for `itemIndex` (it was sent then), or
 * undefined: send it.
 */
export function sentInEarlierTry(context: WithExecuteData, itemIndex: number): INodeExecutionData[] | undefined {
	const executeData = executeDataOf(context);
	return executeData ? ledgers.get(executeData)?.get(itemIndex) : undefined;
}

/** Records that item `itemIndex` was sent in this try, with its outputs (for a later try of the run). */
export function recordSent(context: WithExecuteData, itemIndex: number, outputs: INodeExecutionData[]): void {
	const executeData = executeDataOf(context);
	if (!executeData) return;
	let ledger = ledgers.get(executeData);
	if (!ledger) ledgers.set(executeData, (ledger = new Map()));
	ledger.set(itemIndex, outputs);
}
