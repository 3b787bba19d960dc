import { request } from 'undici';

import { ClickSendPollTrigger } from '../nodes/ClickSendPollTrigger/ClickSendPollTrigger.node';
import { registerNodeType } from './harness/node-types';
import { runPoll, triggerWorkflow } from './harness/triggers';
import { basicAuth, useSandbox } from './helpers/sandbox';
import { eventStore, eventsOf } from './sandbox/routes/events';

const TYPE = 'n8n-nodes-clicksend.clickSendPollTrigger';
registerNodeType(TYPE, new ClickSendPollTrigger());

const cs = useSandbox();

async function inject(path: string, body: Record<string, unknown>) {
	const response = await request(`${cs.sandbox.url}${path}`, {
		method: 'POST',
		headers: { authorization: basicAuth(), 'content-type': 'application/json' },
		body: JSON.stringify({ url: 'poll', ...body }),
	});
	expect(response.statusCode).toBe(200);
	await response.body.text();
}

const base = Math.floor(Date.now() / 1000) - 3600;
/** Injects inbound SMS n..m (message_id `IN-<n>`, one second apart). */
async function inboundSms(from: number, to: number) {
	for (let n = from; n <= to; n++) await inject('/sms/inbound', { message_id: `IN-${n}`, body: `Message ${n}`, from: '+61411111111', timestamp: String(base + n) });
}

const ids = (items: { json: Record<string, unknown> }[]) => items.map((item) => item.json.message_id);

/** Adds voice receipts straight to the sandbox's store, `timestamp` as given (also odd ones ClickSend would not send). */
function voiceReceipts() {
	const store = eventStore(cs.sandbox.state, 'voiceReceipt');
	const userId = cs.sandbox.state.account('sandbox').user_id;
	const add = (id: string, timestamp: unknown) =>
		store.push({ seq: cs.sandbox.state.nextId('event'), user_id: userId, read: false, row: { message_id: id, message_type: 'voice', status_code: '201', status_text: 'Delivered', timestamp, timestamp_send: timestamp } });
	return { store, add };
}

describe('ClickSend Poll Trigger', () => {
	test('three polls with new events in between and a restart emit every event exactly once, in order', async () => {
		await inboundSms(1, 2); // existed before activation
		let workflow = triggerWorkflow(TYPE, { event: 'inboundSms' });
		const credentials = cs.credentials();
		expect((await runPoll(workflow, credentials)).emitted).toBeNull(); // first poll: baseline only

		await inboundSms(3, 5);
		const first = await runPoll(workflow, credentials);
		expect(ids(first.items)).toEqual(['IN-3', 'IN-4', 'IN-5']);
		expect(first.items[0].json).toMatchObject({ event: 'inboundSms', body: 'Message 3', from: '+61411111111', timestamp: base + 3, receivedAt: new Date((base + 3) * 1000).toISOString() });
		expect((await runPoll(workflow, credentials)).emitted).toBeNull(); // nothing new

		await inboundSms(6, 7);
		expect(ids((await runPoll(workflow, credentials)).items)).toEqual(['IN-6', 'IN-7']);

		// Restart: a new workflow object whose static data is restored from the old one (as n8n loads it from the database).
		workflow = triggerWorkflow(TYPE, { event: 'inboundSms' }, JSON.parse(JSON.stringify(workflow.staticData)));
		await inboundSms(8, 9);
		await inject('/sms/inbound', { message_id: 'IN-late', body: 'same second as 9', timestamp: String(base + 9) });
		expect(ids((await runPoll(workflow, credentials)).items)).toEqual(['IN-8', 'IN-9', 'IN-late']);
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();

		const state = workflow.staticData['node:Trigger'] as { inboundSms: { cursor: number; seen: Record<string, number> } };
		expect(state.inboundSms.cursor).toBe(base + 9);
		expect(Object.keys(state.inboundSms.seen).length).toBeLessThanOrEqual(2000);
	});

	test('pages through a backlog that arrived between polls (100 per page), oldest first', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'inboundSms' });
		const credentials = cs.credentials();
		await runPoll(workflow, credentials);
		await inboundSms(1, 230);
		cs.sandbox.requests.length = 0;
		const result = await runPoll(workflow, credentials);
		expect(ids(result.items)).toEqual(Array.from({ length: 230 }, (_, i) => `IN-${i + 1}`));
		expect(cs.requests('/sms/inbound').map((r) => r.query)).toEqual([
			{ page: '1', limit: '100' },
			{ page: '2', limit: '100' },
			{ page: '3', limit: '100' },
		]);
	});

	test('inbound SMS that share a message ID, or have none, are each emitted once, not folded into one', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'inboundSms' });
		const credentials = cs.credentials();
		await runPoll(workflow, credentials);
		await inject('/sms/inbound', { message_id: 'SAME', body: 'first', from: '+61411111111', timestamp: String(base + 1) });
		await inject('/sms/inbound', { message_id: 'SAME', body: 'second', from: '+61422222222', timestamp: String(base + 1) });
		await inject('/sms/inbound', { message_id: '', body: 'no id one', from: '+61411111111', timestamp: String(base + 2) });
		await inject('/sms/inbound', { message_id: '', body: 'no id two', from: '+61411111111', timestamp: String(base + 2) });
		const first = await runPoll(workflow, credentials);
		expect(first.items.map((item) => item.json.body)).toEqual(['first', 'second', 'no id one', 'no id two']);
		// Re-read in the overlap window, they are known: nothing again.
		expect((await runPoll(workflow, credentials)).items).toEqual([]);
	});

	test('inbound SMS without an ID are told apart by their text without keeping it: static data stays small and holds no message text', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'inboundSms' });
		const credentials = cs.credentials();
		await runPoll(workflow, credentials);
		const text = (n: number) => `Your one-time code is ${100000 + n}. ${'Long reply text. '.repeat(90)}`;
		for (let n = 1; n <= 20; n++) await inject('/sms/inbound', { message_id: '', body: text(n), from: '+61411111111', timestamp: String(base + n) });
		const first = await runPoll(workflow, credentials);
		expect(first.items.map((item) => item.json.body)).toEqual(Array.from({ length: 20 }, (_, i) => text(i + 1)));
		expect((await runPoll(workflow, credentials)).items).toEqual([]);
		// Static data is saved with the workflow on every poll: 20 keys, not 20 message texts (31 kB here, ~3 MB at 2,000 keys).
		const saved = JSON.stringify(workflow.staticData);
		expect(saved.includes('one-time code')).toBe(false);
		expect(saved.length).toBeLessThan(20 * 100);
	});

	test('two inbound SMS with one ID, one sender and one second but different texts are two events', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'inboundSms' });
		const credentials = cs.credentials();
		await runPoll(workflow, credentials);
		await inject('/sms/inbound', { message_id: 'DUP', body: 'one', from: '+61411111111', timestamp: String(base + 1) });
		await inject('/sms/inbound', { message_id: 'DUP', body: 'two', from: '+61411111111', timestamp: String(base + 1) });
		expect((await runPoll(workflow, credentials)).items.map((item) => item.json.body)).toEqual(['one', 'two']);
	});

	test('an event dated in the future (or in milliseconds) is emitted once and does not hide the events after it', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'inboundSms', markAsRead: true });
		const credentials = cs.credentials();
		await runPoll(workflow, credentials);
		const now = Math.floor(Date.now() / 1000);
		await inject('/sms/inbound', { message_id: 'FUTURE', body: 'tomorrow', from: '+61411111111', timestamp: String(now + 86400) });
		await inject('/sms/inbound', { message_id: 'MS', body: 'milliseconds', from: '+61411111111', timestamp: String(Date.now()) });
		expect(ids((await runPoll(workflow, credentials)).items).sort()).toEqual(['FUTURE', 'MS']);
		// Mark as Read stays behind the clock, not the future event's time.
		const [mark] = cs.requests('/sms/inbound-read');
		expect(Number((mark.body as { date_before: number }).date_before)).toBeLessThanOrEqual(now + 5);
		await inject('/sms/inbound', { message_id: 'NOW', body: 'now', from: '+61411111111', timestamp: String(Math.floor(Date.now() / 1000)) });
		// The future events are listed again (not marked read), and known: only the new one comes out.
		const later = await runPoll(workflow, credentials);
		expect(ids(later.items)).toContain('NOW');
		expect(ids(later.items)).not.toContain('FUTURE');
		expect(ids(later.items)).not.toContain('MS');
	});

	test('a receipt whose timestamp is not a time is emitted once, and neither stops the paging nor dates Mark as Read', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'voiceReceipt', markAsRead: true });
		const credentials = cs.credentials();
		const { store, add } = voiceReceipts();
		add('V-0', String(base));
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
		// 150 new receipts (two pages of 100) and two whose time is blank or not a time (the sandbox lists them first).
		for (let n = 1; n <= 150; n++) add(`V-${n}`, String(base + n));
		add('BLANK', '');
		add('TEXT', 'soon');
		const first = await runPoll(workflow, credentials);
		expect(ids(first.items)).toEqual([...Array.from({ length: 150 }, (_, i) => `V-${i + 1}`), 'BLANK', 'TEXT']);
		const undated = first.items.find((item) => item.json.message_id === 'TEXT')!;
		expect(Math.abs(Date.parse(String(undated.json.receivedAt)) - Date.now())).toBeLessThan(60_000);
		// Marked read up to the newest dated receipt, a second behind it.
		expect(cs.requests('/voice/receipts-read').map((r) => Number(r.query.date_before))).toEqual([base + 149]);
		// Listed again (not marked read by a time) and known: not emitted twice; a new receipt still comes out.
		add('V-151', String(base + 151));
		expect(ids((await runPoll(workflow, credentials)).items)).toEqual(['V-151']);
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
		expect(store.filter((e) => !e.read).map((e) => e.row.message_id).sort()).toEqual(['BLANK', 'TEXT', 'V-151']);
	});

	test('more than 2,000 undated receipts: those there at the first poll never come out, new ones once', async () => {
		const credentials = cs.credentials();
		const { add } = voiceReceipts();
		add('D0', String(base));
		for (let n = 0; n < 2001; n++) add(`OLD-${n}`, '');
		const workflow = triggerWorkflow(TYPE, { event: 'voiceReceipt' });
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
		for (let n = 0; n < 2001; n++) add(`NEW-${n}`, '');
		expect((await runPoll(workflow, credentials)).items).toHaveLength(2001);
		for (let poll = 0; poll < 3; poll++) expect((await runPoll(workflow, credentials)).emitted).toBeNull();
	}, 60_000);

	test.each(['1', '0x10', '1e3', '0.5', 'soon'])('an inbound SMS with timestamp %j among the newest is emitted, and the events after it are not lost', async (timestamp) => {
		const workflow = triggerWorkflow(TYPE, { event: 'inboundSms' });
		const credentials = cs.credentials();
		await inboundSms(0, 0);
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
		await inboundSms(1, 150);
		await inject('/sms/inbound', { message_id: 'ODD', body: 'odd time', from: '+61411111111', timestamp });
		await inboundSms(151, 160);
		const emitted: unknown[] = [];
		for (let poll = 0; poll < 3; poll++) emitted.push(...ids((await runPoll(workflow, credentials)).items));
		expect([...emitted].sort()).toEqual([...Array.from({ length: 160 }, (_, i) => `IN-${i + 1}`), 'ODD'].sort());
	});

	test('receivedAt reads the timestamp as the cursor does: true is undated (the poll time), a one-element list is its element', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'voiceReceipt' });
		const credentials = cs.credentials();
		const { add } = voiceReceipts();
		add('D0', String(base));
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
		add('TRUE', true);
		add('LIST', [String(base + 5)]);
		const items = (await runPoll(workflow, credentials)).items;
		const at = (id: string) => Date.parse(String(items.find((item) => item.json.message_id === id)!.json.receivedAt));
		expect(Math.abs(at('TRUE') - Date.now())).toBeLessThan(60_000);
		expect(at('LIST')).toBe((base + 5) * 1000);
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
	});

	test('Mark as Read marks the emitted inbound SMS read, staying a second behind the newest', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'inboundSms', markAsRead: true });
		const credentials = cs.credentials();
		await runPoll(workflow, credentials);
		await inboundSms(1, 3);
		expect(ids((await runPoll(workflow, credentials)).items)).toEqual(['IN-1', 'IN-2', 'IN-3']);
		const [mark] = cs.requests('/sms/inbound-read');
		expect([mark.method, mark.body]).toEqual(['PUT', { date_before: base + 2 }]);
		// IN-3 stays unread (listed again) but is not emitted twice.
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
	});

	test('SMS delivery receipts: every receipt once, with delivered/failed/final', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'smsReceipt' });
		const credentials = cs.credentials();
		await runPoll(workflow, credentials);
		await inject('/sms/receipts', { message_id: 'OUT-1', status_code: '200', timestamp: String(base + 1) });
		await inject('/sms/receipts', { message_id: 'OUT-1', status_code: '201', timestamp: String(base + 2) });
		await inject('/sms/receipts', { message_id: 'OUT-2', status_code: '301', timestamp: String(base + 3) });
		const result = await runPoll(workflow, credentials);
		expect(result.items.map((i) => [i.json.message_id, i.json.status_code, i.json.delivered, i.json.failed, i.json.final])).toEqual([
			['OUT-1', 200, false, false, false],
			['OUT-1', 201, true, false, true],
			['OUT-2', 301, false, true, true],
		]);
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
	});

	test.each([
		['voiceReceipt', '/voice/receipts', '/voice/receipts-read', 'query'],
		['faxReceipt', '/fax/receipts', '/fax/receipts-read', 'body'],
		['mmsReceipt', '/mms/receipts', '/mms/receipts-read', 'none'],
	])('%s: polls %s and marks read at %s', async (event, path, readPath, where) => {
		const workflow = triggerWorkflow(TYPE, { event, markAsRead: true });
		const credentials = cs.credentials();
		await runPoll(workflow, credentials);
		await inject(path, { message_id: 'R-1', timestamp: String(base + 5) });
		const result = await runPoll(workflow, credentials);
		expect(result.items.map((i) => [i.json.event, i.json.message_id, i.json.delivered])).toEqual([[event, 'R-1', true]]);
		const [mark] = cs.requests(readPath);
		expect(mark.method).toBe('PUT');
		if (where === 'query') expect(mark.query).toEqual({ date_before: String(base + 4) });
		if (where === 'body') expect(mark.body).toEqual({ date_before: base + 4 });
		if (where === 'none') expect(mark.rawBody).toBe('');
	});

	test('Fetch Test Event (manual) returns the newest event and leaves the cursor alone', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'inboundSms' });
		await inboundSms(1, 2);
		const manual = await runPoll(workflow, cs.credentials(), 'manual');
		expect(ids(manual.items)).toEqual(['IN-2']);
		expect(workflow.staticData['node:Trigger']).toBeUndefined();
	});
});

describe('more events than the kept keys, and failed mark-read requests', () => {
	/** Adds `count` voice receipts V-0.. at 40 a second, from 10 minutes ago. */
	function voiceReceipts(count: number) {
		const start = Math.floor(Date.now() / 1000) - 600;
		const userId = cs.sandbox.state.account('sandbox').user_id;
		const store = eventStore(cs.sandbox.state, 'voiceReceipt');
		for (let n = 0; n < count; n++) {
			const timestamp = String(start + Math.floor(n / 40));
			store.push({ seq: cs.sandbox.state.nextId('event'), user_id: userId, read: false, row: { message_id: `V-${n}`, message_type: 'voice', status_code: '201', status_text: 'Delivered', timestamp, timestamp_send: timestamp } });
		}
	}

	test('2,100 receipts within a minute (more than the 2,000 keys kept) come out once, and never again', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'voiceReceipt' });
		const credentials = cs.credentials();
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
		voiceReceipts(2100);
		const first = await runPoll(workflow, credentials);
		expect(first.items).toHaveLength(2100);
		expect(new Set(ids(first.items)).size).toBe(2100);
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
	});

	test('2,100 receipts that exist before the first poll are not emitted by the second', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'voiceReceipt' });
		const credentials = cs.credentials();
		voiceReceipts(2100);
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
	});

	test('a failed mark-read request fails the poll, and the next poll emits its events (not lost)', async () => {
		const workflow = triggerWorkflow(TYPE, { event: 'inboundSms', markAsRead: true });
		const credentials = cs.credentials();
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
		const start = Math.floor(Date.now() / 1000) - 60;
		for (let n = 1; n <= 3; n++) await inject('/sms/inbound', { message_id: `LOST-${n}`, body: `Message ${n}`, from: '+61411111111', timestamp: String(start + n) });
		cs.sandbox.fault({ method: 'PUT', path: '/sms/inbound-read', status: 500 });
		await expect(runPoll(workflow, credentials)).rejects.toThrow();
		const retry = await runPoll(workflow, credentials);
		expect(ids(retry.items)).toEqual(['LOST-1', 'LOST-2', 'LOST-3']);
		expect((await runPoll(workflow, credentials)).emitted).toBeNull();
	});
});

test('a backlog of more than 20,000 events is emitted oldest first over several polls: none skipped, none marked read unseen', async () => {
	const workflow = triggerWorkflow(TYPE, { event: 'voiceReceipt', markAsRead: true });
	const credentials = cs.credentials();
	expect((await runPoll(workflow, credentials)).emitted).toBeNull();
	const start = Math.floor(Date.now() / 1000) - 3 * 86400;
	const userId = cs.sandbox.state.account('sandbox').user_id;
	const store = eventStore(cs.sandbox.state, 'voiceReceipt');
	for (let n = 0; n < 20050; n++) {
		const timestamp = String(start + n * 10);
		store.push({ seq: cs.sandbox.state.nextId('event'), user_id: userId, read: false, row: { message_id: `V-${n}`, message_type: 'voice', status_code: '201', status_text: 'Delivered', timestamp, timestamp_send: timestamp } });
	}
	const emitted: string[] = [];
	const readUnseen = () => eventsOf(cs.sandbox.state, 'voiceReceipt', userId).filter((e) => e.read && !emitted.includes(String(e.row.message_id))).length;
	const first = ids(await runPoll(workflow, credentials).then((r) => r.items)).map(String);
	emitted.push(...first);
	// The oldest ~20,000 (the 200 pages ending at the oldest new one), in order.
	const range = (from: number, to: number) => Array.from({ length: to - from }, (_, n) => `V-${from + n}`);
	expect(first.length).toBeGreaterThanOrEqual(19900);
	expect(first).toEqual(range(0, first.length));
	expect(readUnseen()).toBe(0);
	const second = ids(await runPoll(workflow, credentials).then((r) => r.items)).map(String);
	emitted.push(...second);
	expect(second).toEqual(range(first.length, 20050));
	expect(readUnseen()).toBe(0);
	expect((await runPoll(workflow, credentials)).emitted).toBeNull();
}, 120000);

const idTexts = (items: { json: Record<string, unknown> }[]) => items.map((item) => String(item.json.message_id));

test('a backlog over 20,000 with events arriving during the catch-up: every backlog event is emitted, none marked read unseen', async () => {
	const markAsRead = true;
	const workflow = triggerWorkflow(TYPE, { event: 'voiceReceipt', markAsRead });
	const credentials = cs.credentials();
	const userId = cs.sandbox.state.account('sandbox').user_id;
	const store = eventStore(cs.sandbox.state, 'voiceReceipt');
	const add = (id: string, timestamp: number) =>
		store.push({ seq: cs.sandbox.state.nextId('event'), user_id: userId, read: false, row: { message_id: id, message_type: 'voice', status_code: '201', status_text: 'Delivered', timestamp: String(timestamp), timestamp_send: String(timestamp) } });
	const start = Math.floor(Date.now() / 1000) - 4 * 86400;
	add('BASE', start - 1000);
	expect((await runPoll(workflow, credentials)).emitted).toBeNull(); // cursor = start - 1000

	for (let n = 0; n < 25000; n++) add(`V-${n}`, start + n * 10);

	// New events arrive while the poll reads: after the first 200 pages (the catch-up's bisection and chunk read), 5 per request.
	const requests = cs.sandbox.requests;
	const originalPush = requests.push.bind(requests);
	let gets = 0;
	let arrived = 0;
	let arriving = true;
	(requests as { push: (...r: never[]) => number }).push = (...records: never[]) => {
		for (const record of records as { method: string; path: string }[]) {
			if (record.method === 'GET' && record.path === '/voice/receipts' && ++gets > 200 && arriving) {
				for (let k = 0; k < 5; k++) add(`NEW-${arrived++}`, Math.floor(Date.now() / 1000));
			}
		}
		return originalPush(...records);
	};
	const emitted: string[] = [];
	try {
		const first = await runPoll(workflow, credentials);
		emitted.push(...idTexts(first.items));
		arriving = false;
		for (let poll = 0; poll < 5; poll++) {
			const next = await runPoll(workflow, credentials);
			if (!next.emitted) break;
			emitted.push(...idTexts(next.items));
		}
	} finally {
		(requests as { push?: unknown }).push = undefined;
		delete (requests as { push?: unknown }).push;
	}
	const backlog = new Set(emitted.filter((id) => id.startsWith('V-')));
	const missing = Array.from({ length: 25000 }, (_, n) => `V-${n}`).filter((id) => !backlog.has(id));
	const readUnseen = store.filter((e) => e.read && !emitted.includes(String(e.row.message_id)) && String(e.row.message_id) !== 'BASE').length;
	expect(arrived).toBeGreaterThan(100);
	expect({ missing: missing.length, readUnseen }).toEqual({ missing: 0, readUnseen: 0 });
}, 300000);
