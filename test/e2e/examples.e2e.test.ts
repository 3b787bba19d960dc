/**
 * Every example workflow in examples/ inside real n8n 2.41.1: the sandbox credential imported with
 * `n8n import:credentials` (its plain `data` is encrypted on import), each workflow with
 * `n8n import:workflow`, run with `n8n execute`; asserts the run succeeded, the ClickSend node's
 * output items and what the sandbox (started in this process on 127.0.0.1) received.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { SANDBOX_API_KEY, SANDBOX_USERNAME, startSandbox, type RecordedRequest, type Sandbox } from '../sandbox';
import { N8nFolder, nodeOutput } from './lib/n8n';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

interface Expectation {
	/** Node whose output is asserted. */
	node: string;
	/** Before the run (e.g. seed the sandbox). */
	prepare?: (sandbox: Sandbox) => Promise<void>;
	items: (items: Array<Record<string, any>>) => void;
	requests: (requests: RecordedRequest[]) => void;
}

const paths = (requests: RecordedRequest[]) => requests.map((r) => `${r.method} ${r.path}`);

/** One entry per example file: a new example without an entry fails the suite. */
const EXPECTED: Record<string, Expectation> = {
	'sms-send.workflow.json': {
		node: 'Send SMS',
		items: (items) => {
			expect(items.map((i) => [i.to, i.status, i.accepted, i.custom_string])).toEqual([
				['+61411111111', 'SUCCESS', true, 'crm-1001'],
				['+61422222222', 'SUCCESS', true, 'crm-1002'],
				['+61433333333', 'SUCCESS', true, 'crm-1003'],
			]);
		},
		requests: (requests) => {
			expect(paths(requests)).toEqual(expect.arrayContaining(['POST /sms/send']));
			const messages = requests.filter((r) => r.path === '/sms/send').flatMap((r) => (r.body as { messages: Array<Record<string, unknown>> }).messages);
			expect(messages.map((m) => m.body)).toEqual([
				'Hi Ada, your appointment is confirmed. Reply STOP to opt out.',
				'Hi Grace, your appointment is confirmed. Reply STOP to opt out.',
				'Hi Linus, your appointment is confirmed. Reply STOP to opt out.',
			]);
			expect(requests.every((r) => r.username === SANDBOX_USERNAME)).toBe(true);
		},
	},
	'mms-send.workflow.json': {
		node: 'Send MMS',
		items: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({ to: '+61411111111', status: 'SUCCESS', accepted: true, custom_string: 'order-42' });
		},
		requests: (requests) => {
			expect(paths(requests)).toEqual(['POST /mms/send']);
			expect(requests[0].body).toMatchObject({
				media_file: 'https://example.com/parcel.jpg',
				messages: [expect.objectContaining({ to: '+61411111111', subject: 'Your order', custom_string: 'order-42' })],
			});
		},
	},
	'voice-send.workflow.json': {
		node: 'Call',
		items: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({ to: '+61411111111', status: 'SUCCESS', accepted: true, lang: 'en-au', custom_string: 'reminder-7' });
		},
		requests: (requests) => {
			expect(paths(requests)).toEqual(['POST /voice/send']);
			expect(requests[0].body).toMatchObject({ messages: [expect.objectContaining({ to: '+61411111111', voice: 'female', lang: 'en-au' })] });
		},
	},
	'fax-send.workflow.json': {
		node: 'Send Fax',
		items: (items) => {
			expect(items.map((i) => [i.to, i.status, i.accepted, i.custom_string])).toEqual([
				['+61261111111', 'SUCCESS', true, 'INV-1001'],
				['+61262222222', 'SUCCESS', true, 'INV-1002'],
			]);
		},
		requests: (requests) => {
			// Both faxes share the document: one batched request.
			expect(paths(requests)).toEqual(['POST /fax/send']);
			expect(requests[0].body).toMatchObject({
				file_url: 'https://example.com/invoice.pdf',
				messages: [expect.objectContaining({ to: '+61261111111', custom_string: 'INV-1001' }), expect.objectContaining({ to: '+61262222222', custom_string: 'INV-1002' })],
			});
		},
	},
	'email-send.workflow.json': {
		node: 'Send Email',
		items: (items) => {
			expect(items).toHaveLength(2);
			expect(items.map((i) => [i.status, i.body])).toEqual([
				['Sent', '<p>Hi Ada, your invoice is ready.</p>'],
				['Sent', '<p>Hi Grace, your invoice is ready.</p>'],
			]);
		},
		requests: (requests) => {
			expect(paths(requests)).toEqual(['POST /email/send', 'POST /email/send']);
			expect(requests.map((r) => (r.body as { to: Array<{ email: string }> }).to[0].email)).toEqual(['ada@example.com', 'grace@example.com']);
			expect(requests[0].body).toMatchObject({ from: { email_address_id: 1 }, subject: 'Your invoice, Ada' });
		},
	},
	'contact-upsert.workflow.json': {
		node: 'Create or Update Contact',
		items: (items) => {
			// Ada's number is already in the seeded list 428 (updated); Nikola's is new (created).
			expect(items.map((i) => [i.list_id, i.phone_number, i.first_name, i.email])).toEqual([
				[428, '+61411111111', 'Ada', 'ada@example.com'],
				[428, '+61455555555', 'Nikola', 'nikola@example.com'],
			]);
		},
		requests: (requests) => {
			expect(paths(requests).map((p) => p.replace(/\/contacts\/\d+$/, '/contacts/{id}'))).toEqual([
				'GET /lists/428/contacts',
				'PUT /lists/428/contacts/{id}',
				'GET /lists/428/contacts',
				'POST /lists/428/contacts',
			]);
		},
	},
	'contact-lists-return-all.workflow.json': {
		node: 'Get Contact Lists',
		// 129 lists in all: Return All has to read two pages of 100.
		prepare: async (sandbox) => {
			const auth = `Basic ${Buffer.from(`${SANDBOX_USERNAME}:${SANDBOX_API_KEY}`).toString('base64')}`;
			for (let i = 1; i <= 128; i++) {
				const res = await fetch(`${sandbox.url}/lists`, {
					method: 'POST',
					headers: { authorization: auth, 'content-type': 'application/json' },
					body: JSON.stringify({ list_name: `E2E list ${i}` }),
				});
				expect(res.status).toBe(200);
			}
		},
		items: (items) => {
			expect(items).toHaveLength(129);
			expect(new Set(items.map((i) => i.list_id)).size).toBe(129);
			expect(items.map((i) => i.list_name)).toEqual(expect.arrayContaining(['Sandbox Customers', 'E2E list 1', 'E2E list 128']));
		},
		requests: (requests) => {
			const reads = requests.filter((r) => r.method === 'GET');
			expect(reads.map((r) => [r.path, r.query.page, r.query.limit])).toEqual([
				['/lists', '1', '100'],
				['/lists', '2', '100'],
			]);
		},
	},
};

const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.workflow.json')).sort();

describe('examples/ in n8n 2.41.1 (n8n import:workflow + n8n execute)', () => {
	let sandbox: Sandbox;
	let n8n: N8nFolder;
	const ids = new Map<string, string>();

	beforeAll(async () => {
		sandbox = await startSandbox();
		n8n = N8nFolder.create(process.env.E2E_PACKAGE_TGZ!);
		const started = Date.now();
		await n8n.import('credentials', [
			{
				id: 'clicksend-sandbox',
				name: 'ClickSend sandbox',
				type: 'clickSendApi',
				data: { username: SANDBOX_USERNAME, apiKey: SANDBOX_API_KEY, baseUrl: sandbox.url },
			},
		]);
		// Every example in one import (ids assigned here, as an exported workflow has one).
		const workflows = files.map((file, index) => {
			const id = `e2eExample${String(index).padStart(6, '0')}`;
			ids.set(file, id);
			return { ...JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')), id, active: false };
		});
		await n8n.import('workflow', workflows);
		console.log(`[e2e] import credentials + ${files.length} workflows: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}, 240_000);

	afterAll(async () => {
		await sandbox?.close();
	});

	it('covers every example: the demo and one per channel (SMS, MMS, voice, email, contacts upsert, list Return All)', () => {
		expect(files).toEqual(Object.keys(EXPECTED).sort());
	});

	it.each(files)('%s runs successfully with the expected items and requests', async (file) => {
		const expected = EXPECTED[file];
		sandbox.reset();
		await expected.prepare?.(sandbox);
		sandbox.requests.length = 0;
		const started = Date.now();
		const { cli, run } = await n8n.execute(ids.get(file)!);
		console.log(`[e2e] n8n execute ${file}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
		if (!run || cli.status !== 0) throw new Error(`n8n execute failed (${cli.status}):\n${cli.stdout.slice(-4000)}\n${cli.stderr.slice(-4000)}`);
		expect(run.data.resultData.error).toBeUndefined();
		expect(run.status).toBe('success');
		expect(run.finished).toBe(true);
		const nodeRuns = run.data.resultData.runData[expected.node];
		expect(nodeRuns?.[0]?.executionStatus).toBe('success');
		expected.items(nodeOutput(run, expected.node));
		expected.requests(sandbox.requests);
	});
});
