import type { IDataObject, IExecuteFunctions, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { errorItem, noteNoItemSent, redactSecrets } from './transport';
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
 * - `run(itemIndex, checked)` then makes each item's requests, one item after another.
 * Every output item gets `pairedItem` = its input item and has credentials redacted. A failing
 * item throws (naming the item; a check failure says no item was sent), or with Continue On Fail
 * becomes the shared linked error item (`errorItem`: `error`, `message`, `details`) and the other
 * items go on.
 * @returns the node's output: one main output, in input order.
 */
export async function runPerItem<T>(
	context: IExecuteFunctions,
	check: (itemIndex: number) => T,
	run: (itemIndex: number, checked: T) => Promise<IDataObject[]>,
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
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const item = checked[itemIndex];
		if ('error' in item) {
			output.push(asErrorItem(itemIndex, item.error));
			continue;
		}
		try {
			for (const json of await run(itemIndex, item.value)) output.push({ json: redactSecrets(json), pairedItem: { item: itemIndex } });
		} catch (error) {
			const nodeError = itemError(context, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			output.push(asErrorItem(itemIndex, nodeError));
		}
	}
	return [output];
}
