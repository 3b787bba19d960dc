import { createHash } from 'crypto';
import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { normaliseEvent } from '../ClickSend/shared/events';
import { newestUpToNow, pollNewEvents, readNewestFirst, unknownSource, type PollState } from '../ClickSend/shared/polling';
import { flagOf } from '../ClickSend/shared/text';
import { clickSendRequest } from '../ClickSend/shared/transport';

/** One pollable ClickSend event source: its pull endpoint and how to mark events read. */
interface PollSource {
	value: string;
	name: string;
	description: string;
	/** Pull endpoint, newest first. */
	url: string;
	receipt: boolean;
	/** Mark-read request for events up to a time (Unix seconds); `date_before` goes in the body or the query. */
	markRead: { url: string; dateBefore: 'body' | 'query' | 'none' };
}

/** The sources, alphabetical by name. */
const SOURCES: readonly PollSource[] = [
	{
		value: 'faxReceipt',
		name: 'Fax Delivery Receipt',
		description: 'Receipts of sent faxes (GET /fax/receipts)',
		url: '/fax/receipts',
		receipt: true,
		markRead: { url: '/fax/receipts-read', dateBefore: 'body' },
	},
	{
		value: 'inboundSms',
		name: 'Inbound SMS',
		description: 'SMS received on your numbers, including replies (GET /sms/inbound)',
		url: '/sms/inbound',
		receipt: false,
		markRead: { url: '/sms/inbound-read', dateBefore: 'body' },
	},
	{
		value: 'mmsReceipt',
		name: 'MMS Delivery Receipt',
		description: 'Receipts of sent MMS (GET /mms/receipts)',
		url: '/mms/receipts',
		receipt: true,
		markRead: { url: '/mms/receipts-read', dateBefore: 'none' },
	},
	{
		value: 'smsReceipt',
		name: 'SMS Delivery Receipt',
		description: 'Receipts of sent SMS (GET /sms/receipts)',
		url: '/sms/receipts',
		receipt: true,
		markRead: { url: '/sms/receipts-read', dateBefore: 'body' },
	},
	{
		value: 'voiceReceipt',
		name: 'Voice Delivery Receipt',
		description: 'Receipts of voice calls (GET /voice/receipts)',
		url: '/voice/receipts',
		receipt: true,
		markRead: { url: '/voice/receipts-read', dateBefore: 'query' },
	},
];

/**
 * Identity of a pulled event, the same each time ClickSend lists it: the message ID and time, and
 * for receipts the status (one message can get several receipts); for inbound SMS the sender and
 * its text. The ID alone is not enough: two inbound messages that shared one (the spec's examples
 * do; a row without one has '') would be emitted as one, even from one sender in one second.
 * The text is kept as a hash: keys are saved in static data with the workflow on every poll (up to
 * 2,000), where whole texts took kilobytes each and kept what people wrote.
 */
function eventKey(source: PollSource, row: IDataObject): string {
	const id = String(row.message_id ?? '');
	const time = String(row.timestamp ?? '');
	if (source.receipt) return `${id}|${String(row.status_code ?? row.status ?? '')}|${time}`;
	const text = createHash('sha256').update(String(row.body ?? '')).digest('base64url').slice(0, 22);
	return `${id}|${time}|${String(row.from ?? '')}|${text}`;
}

/**
 * Marks events read up to `newest - 1` second: ClickSend documents `date_before` as "before", and
 * staying a second behind never marks an event that arrived in the newest second but was not read
 * yet (those are re-read next poll and de-duplicated). MMS receipts are marked read all at once.
 */
async function markRead(context: IPollFunctions, source: PollSource, newest: number): Promise<void> {
	const before = newest - 1;
	const { url, dateBefore } = source.markRead;
	if (dateBefore === 'body') await clickSendRequest.call(context, { method: 'PUT', url, body: { date_before: before } });
	else if (dateBefore === 'query') await clickSendRequest.call(context, { method: 'PUT', url, qs: { date_before: before } });
	else await clickSendRequest.call(context, { method: 'PUT', url });
}

/**
 * ClickSend Poll Trigger: for n8n instances ClickSend cannot reach. On n8n's poll schedule it
 * reads inbound SMS or SMS/MMS/voice/fax delivery receipts from ClickSend's pull endpoints and
 * emits each new event once, oldest first (cursor and de-duplication keys in static data).
 */
export class ClickSendPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickSend Poll Trigger',
		name: 'clickSendPollTrigger',
		icon: { light: 'file:clicksend.svg', dark: 'file:clicksend.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["event"] }}',
		description: 'Polls ClickSend for inbound SMS and delivery receipts (no public URL needed)',
		defaults: { name: 'ClickSend Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickSendApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				required: true,
				options: SOURCES.map(({ value, name, description }) => ({ value, name, description })),
				default: 'inboundSms',
			},
			{
				displayName: 'Mark as Read',
				name: 'markAsRead',
				type: 'boolean',
				default: false,
				description: 'Whether to mark the events read in ClickSend after they started the workflow',
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const value = this.getNodeParameter('event') as string;
		const source = SOURCES.find((s) => s.value === value) ?? unknownSource(this, value);
		const toItem = (row: IDataObject): INodeExecutionData => ({ json: normaliseEvent(row, { event: source.value, receipt: source.receipt }) });
		if (this.getMode() === 'manual') {
			// "Fetch test event": the newest event, without moving the cursor.
			const [newest] = await readNewestFirst.call(this, source.url, () => true);
			return newest ? [[toItem(newest)]] : null;
		}
		// Mark as Read from an expression: true/false, 1/0 or their texts (never "false" read as true).
		const markAsReadValue = this.getNodeParameter('markAsRead', false);
		const markAsRead = flagOf(markAsReadValue);
		if (markAsRead === undefined) throw new NodeOperationError(this.getNode(), `Invalid Mark as Read: must be true or false, got ${JSON.stringify(markAsReadValue)}`);
		const data = this.getWorkflowStaticData('node');
		const state = (data[source.value] ?? {}) as PollState;
		const { events, next } = await pollNewEvents.call(this, { url: source.url, key: (row) => eventKey(source, row), state });
		// The cursor moves only once the events are marked read: if marking fails, the poll fails and
		// the next one emits them again (never lost, never marked read unseen).
		// Never past the clock: an event dated in the future would mark unseen ones read (as the cursor,
		// polling.ts). Undated events alone mark nothing: there is no time to mark them read up to.
		const readThrough = markAsRead ? newestUpToNow(events) : undefined;
		if (readThrough !== undefined) await markRead(this, source, readThrough);
		data[source.value] = next;
		return events.length === 0 ? null : [events.map(toItem)];
	}
}
