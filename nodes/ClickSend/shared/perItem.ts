import type { IDataObject, IExecuteFunctions, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { earlierTries, recordSent, recordUncertain, resentWarning } from './retryLedger';
import { ranges } from './text';
import { errorItem, mayHaveBeenApplied, noteNoItemSent, redactSecrets } from './transport';
import { InvalidFieldError } from './validation';

/**
 * The error of one input item of a custom operation, as the shared executor reports it:
 * an {@link InvalidFieldError} becomes "Invalid <field>: <what is allowed>"; NodeApiErrors
 * (ClickSend answers, from `clickSendRequest`) keep their message and description.
 */
export function itemError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex = itemIndex;
		return error;
	}
	if (error instanceof InvalidFieldError) {
		return new NodeOperationError(context.getNode(), `Invalid ${error.message}`, { itemIndex });
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

/**
 * Runs a custom operation (`customOperations` of the node, for behaviour that is not one ClickSend
 * request) per input item, the way the shared executor runs routed operations:
 * - `check(itemIndex)` reads and checks every item's fields first, before any request;
 * - `run(itemIndex, checked, resentAfter)` then makes each item's requests, one item after another.
 * Retry On Fail: an item done by an earlier try of this node run outputs what it gave then, not run
 * again; an item whose earlier request failed after it may have reached ClickSend (a 5xx, reset,
 * timeout: recorded here) is run again with `resentAfter` = that failure, and its outputs get a
 * `warning` (the generic {@link resentWarning} unless `run` set its own).
 * Every output item gets `pairedItem` = its input item and has credentials redacted. A failing
 * item throws (naming the item; a check failure says no item was sent), or with Continue On Fail
 * becomes the shared linked error item (`errorItem`: `error`, `message`, `details`) and the other
 * items go on.
 * @returns the node's output: one main output, in input order.
 */
export async function runPerItem<T>(
	context: IExecuteFunctions,
	check: (itemIndex: number) => T,
	run: (itemIndex: number, checked: T, resentAfter: string | undefined) => Promise<IDataObject[]>,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const continueOnFail = context.continueOnFail();
	const asErrorItem = (itemIndex: number, nodeError: NodeApiError | NodeOperationError): INodeExecutionData => {
		// errorItem reads only the item index, the node and the input item.
		const single = {
			getItemIndex: () => itemIndex,
			getNode: () => context.getNode(),
			getInputData: () => items[itemIndex],
		} as unknown as IExecuteSingleFunctions;
		return errorItem(single, nodeError);
	};
	const checked: Array<{ value: T } | { error: NodeApiError | NodeOperationError }> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			checked.push({ value: check(itemIndex) });
		} catch (error) {
			const nodeError = itemError(context, error, itemIndex);
			if (!continueOnFail) throw items.length > 1 ? noteNoItemSent(nodeError) : nodeError;
			checked.push({ error: nodeError });
		}
	}
	const output: INodeExecutionData[] = [];
	const done: number[] = [];
	const earlierTry = earlierTries(context);
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const item = checked[itemIndex];
		if ('error' in item) {
			output.push(asErrorItem(itemIndex, item.error));
			continue;
		}
		// Done by an earlier try of this node run (Retry On Fail): its outputs again, not a second write.
		const earlier = earlierTry(itemIndex, items[itemIndex]);
		if (earlier && 'outputs' in earlier) {
			output.push(...earlier.outputs);
			done.push(itemIndex);
			continue;
		}
		try {
			const resentAfter = earlier?.uncertain;
			const outputs = (await run(itemIndex, item.value, resentAfter)).map((json): INodeExecutionData => {
				if (resentAfter !== undefined && json.warning === undefined) json.warning = resentWarning(resentAfter);
				return { json: redactSecrets(json), pairedItem: { item: itemIndex } };
			});
			output.push(...outputs);
			recordSent(context, itemIndex, items[itemIndex], outputs);
			done.push(itemIndex);
		} catch (error) {
			const nodeError = itemError(context, error, itemIndex);
			// A write that may have been applied: a retry runs the item again, and says so.
			if (mayHaveBeenApplied(error) || mayHaveBeenApplied(nodeError)) recordUncertain(context, itemIndex, items[itemIndex], nodeError.message);
			if (!continueOnFail) throw noteItemsDone(nodeError, done, items.length - itemIndex - 1);
			output.push(asErrorItem(itemIndex, nodeError));
		}
	}
	return [output];
}

/**
 * Adds to a failing item's error which items before it were sent and how many after it were not
 * (items run one after another, so the node knows): "2 item(s) were sent (0-1); 3 item(s) were not
 * sent (3-5)". Unchanged when the failing item is the only one.
 */
function noteItemsDone(error: NodeApiError | NodeOperationError, done: number[], notRun: number): NodeApiError | NodeOperationError {
	const failed = Number(error.context.itemIndex);
	const after = Array.from({ length: notRun }, (_, index) => failed + 1 + index);
	const parts = [...(done.length ? [`${done.length} item(s) were sent (${ranges(done)})`] : []), ...(after.length ? [`${after.length} item(s) were not sent (${ranges(after)})`] : [])];
	if (parts.length === 0) return error;
	error.description = `${error.description ? `${error.description} · ` : ''}${parts.join('; ')}.`;
	return error;
}
