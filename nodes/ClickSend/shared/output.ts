import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CLICKSEND_CODE_HINTS, type ClickSendEnvelope } from './errors';
import { errorItem } from './transport';

/**
 * postReceive hooks that shape a successful ClickSend envelope into output items. The executor
 * calls them with `items = [{ json: envelope }]`; each returns the node's items for one input item.
 */

function envelopeOf(items: INodeExecutionData[]): ClickSendEnvelope {
	return (items[0]?.json ?? {}) as ClickSendEnvelope;
}

/** Single-object operations: outputs `data` (an array `data` becomes one item per element). */
export async function outputData(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const data = envelopeOf(items).data;
	if (Array.isArray(data)) return data.map((json) => ({ json: json as IDataObject }));
	if (data === null || data === undefined || typeof data !== 'object') return [{ json: { data: data ?? null } }];
	return [{ json: data as IDataObject }];
}

/** Delete and cancel operations: outputs `{ success: true, message }` with ClickSend's message. */
export async function outputSuccess(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const envelope = envelopeOf(items);
	return [{ json: { success: true, message: envelope.response_msg ?? '' } }];
}

/** A message is accepted by ClickSend when its `status` is SUCCESS (send and price endpoints). */
export function isAccepted(message: IDataObject): boolean {
	return message.status === undefined || String(message.status).toUpperCase() === 'SUCCESS';
}

function describeRefusal(message: IDataObject): string {
	const recipient = message.to ?? message.email ?? message.address_name ?? message.list_id ?? 'a recipient';
	return `${String(recipient)} (${String(message.status)})`;
}

/**
 * Send operations: one item per message of `data.messages`, each with a boolean `accepted`.
 * Messages ClickSend refused (`status` other than SUCCESS, at HTTP 200) are failures: with
 * Continue On Fail each becomes an error item linked to its input item; otherwise the node fails
 * with a message naming how many and which recipients were refused, with their codes.
 */
export async function outputMessages(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const data = envelopeOf(items).data as IDataObject | undefined;
	const messages = (Array.isArray(data?.messages) ? data.messages : Array.isArray(data?.recipients) ? data.recipients : []) as IDataObject[];
	const refused = messages.filter((message) => !isAccepted(message));
	if (refused.length > 0 && !this.continueOnFail()) {
		const codes = [...new Set(refused.map((m) => String(m.status)))];
		throw new NodeOperationError(
			this.getNode(),
			`ClickSend refused ${refused.length} of ${messages.length} message${messages.length === 1 ? '' : 's'}: ${refused
				.slice(0, 10)
				.map(describeRefusal)
				.join(', ')}${refused.length > 10 ? ', …' : ''}`,
			{
				itemIndex: this.getItemIndex(),
				description: codes.map((code) => `${code}: ${CLICKSEND_CODE_HINTS[code] ?? 'see ClickSend status codes'}`).join(' · '),
			},
		);
	}
	return messages.map((message) => {
		const json: IDataObject = { ...message, accepted: isAccepted(message) };
		if (json.accepted) return { json };
		const code = String(message.status);
		const error = new NodeOperationError(this.getNode(), `ClickSend refused the message to ${describeRefusal(message)}`, {
			itemIndex: this.getItemIndex(),
			description: CLICKSEND_CODE_HINTS[code],
		});
		error.context.responseCode = code;
		return errorItem(this, error, json);
	});
}
