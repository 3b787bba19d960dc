import type { IDataObject, IExecuteFunctions, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { errorItem, redactSecrets } from './transport';
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
 * request) once per input item, the way the shared executor runs routed operations: every output
 * item gets `pairedItem` = its input item and has credentials redacted; a failing item throws
 * (naming the item), or with Continue On Fail becomes the shared linked error item
 * (`errorItem`: `error`, `message`, `details`) and the next items go on.
 * @returns the node's output: one main output.
 */
export async function runPerItem(
	context: IExecuteFunctions,
	run: (itemIndex: number) => Promise<IDataObject[]>,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			for (const json of await run(itemIndex)) output.push({ json: redactSecrets(json), pairedItem: { item: itemIndex } });
		} catch (error) {
			const nodeError = itemError(context, error, itemIndex);
			if (!context.continueOnFail()) throw nodeError;
			// errorItem reads only the item index, the node and the input item.
			const single = {
				getItemIndex: () => itemIndex,
				getNode: () => context.getNode(),
				getInputData: () => items[itemIndex],
			} as unknown as IExecuteSingleFunctions;
			output.push(errorItem(single, nodeError));
		}
	}
	return [output];
}
