import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { deepCopy, NodeOperationError } from 'n8n-workflow';

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

/**
 * Cancel/mark operations whose `data` is a summary object (e.g. `{count}` of "Cancel all"):
 * `{ success: true, message, ...data }`; a non-object `data` (`[]`, null) adds nothing.
 */
export async function outputSuccessWithData(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const envelope = envelopeOf(items);
	const data = envelope.data !== null && typeof envelope.data === 'object' && !Array.isArray(envelope.data) ? (envelope.data as IDataObject) : {};
	return [{ json: { success: true, message: envelope.response_msg ?? '', ...data } }];
}

/** A message is accepted by ClickSend when its `status` is SUCCESS (send and price endpoints). */
export function isAccepted(message: IDataObject): boolean {
	return message.status === undefined || String(message.status).toUpperCase() === 'SUCCESS';
}

function describeRefusal(message: IDataObject): string {
	const filled = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : String(value));
	const recipient =
		filled(message.to) ??
		filled(message.email) ??
		filled(message.address_name) ??
		(filled(message.list_id) ? `list ${String(message.list_id)}` : 'a recipient');
	return `${String(recipient)} (${String(message.status)})`;
}

/**
 * The node error for messages ClickSend refused inside an HTTP 200: names how many of `total`
 * and which recipients (first 10) with their codes; the description gives each code's hint, then
 * `sentNote`, what was sent all the same (the batched send names the input items; `null` says
 * nothing, as for Calculate Price, which sends nothing).
 */
export function refusedMessagesError(
	context: IExecuteSingleFunctions,
	refused: IDataObject[],
	total: number,
	sentNote: string | null,
): NodeOperationError {
	const codes = [...new Set(refused.map((m) => String(m.status)))];
	const sent = sentNote;
	return new NodeOperationError(
		context.getNode(),
		`ClickSend refused ${refused.length} of ${total} message${total === 1 ? '' : 's'}: ${refused
			.slice(0, 10)
			.map(describeRefusal)
			.join(', ')}${refused.length > 10 ? ', …' : ''}`,
		{
			itemIndex: context.getItemIndex(),
			description: [
				...codes.map((code) => `${code}: ${CLICKSEND_CODE_HINTS[code] ?? 'see ClickSend status codes'}`),
				...(sent ? [sent] : []),
			].join(' · '),
		},
	);
}

/**
 * One message of a send answer as an output item of the input item `context` stands for:
 * `{ ...message, accepted }`, or for a refused message a linked error item (Continue On Fail).
 * Takes ownership of `message` (a row of a freshly parsed answer): it gets `accepted` and becomes
 * the item's json.
 */
export function messageItem(context: IExecuteSingleFunctions, message: IDataObject): INodeExecutionData {
	// The row becomes the item's json as it is (no copy: bulk sends make 100,000s of them).
	const json = message;
	json.accepted = isAccepted(message);
	if (json.accepted) return { json, pairedItem: { item: context.getItemIndex() } };
	const code = String(message.status);
	const error = new NodeOperationError(context.getNode(), `ClickSend refused the message to ${describeRefusal(message)}`, {
		itemIndex: context.getItemIndex(),
		description: CLICKSEND_CODE_HINTS[code],
	});
	error.context.responseCode = code;
	return errorItem(context, error, json);
}

/** The messages of a send answer's `data` (`messages`, or `recipients` for email campaigns). */
export function messagesOf(data: unknown): IDataObject[] {
	const object = data as IDataObject | undefined;
	return (Array.isArray(object?.messages) ? object.messages : Array.isArray(object?.recipients) ? object.recipients : []) as IDataObject[];
}

/**
 * Calculate Price of the sends (the Send routes declare it too, but the node runs them as custom
 * operations, see batching.ts): one item per message of `data.messages` (or `data.recipients`), each with a
 * boolean `accepted`. Messages ClickSend refused (`status` other than SUCCESS, at HTTP 200) are
 * failures: with Continue On Fail each becomes an error item linked to its input item; otherwise
 * the node fails with a message naming how many and which recipients were refused, with their codes.
 * Each priced (accepted) message's item also carries the answer's totals (`total_price`, `total_count`, `queued_count`, `_currency`
 * where ClickSend gives them). No message at all (a contact list without contacts): one item with
 * those totals and `messages: []`.
 */
export async function outputMessages(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const data = envelopeOf(items).data;
	const messages = messagesOf(data);
	const refused = messages.filter((message) => !isAccepted(message));
	if (refused.length > 0 && !this.continueOnFail()) {
		// Calculate Price sends nothing: its error says no more than which messages were refused (the
		// sends, run as custom operations, say what was sent themselves).
		throw refusedMessagesError(this, refused, messages.length, null);
	}
	// ClickSend's totals of the request (total_price, total_count, queued_count, the currency): on
	// every message item, so a workflow reads the total from any of them.
	const summary = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : {};
	const totalKeys = Object.keys(summary).filter((key) => key !== 'messages' && key !== 'recipients');
	if (messages.length === 0) {
		// Nothing to price (an empty contact list): the item still gets its output, ClickSend's totals
		// (total_price 0, …) with an empty message list, never no item at all.
		return [{ json: { ...Object.fromEntries(totalKeys.map((key) => [key, summary[key]])), messages: [] } }];
	}
	return messages.map((message) => {
		// Priced messages only: a refused one's error item describes that message alone.
		if (isAccepted(message)) for (const key of totalKeys) if (!(key in message)) message[key] = deepCopy(summary[key]);
		return messageItem(this, message);
	});
}
