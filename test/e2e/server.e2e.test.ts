/**
 * The package in a running n8n 2.41.1 server (`n8n start` on 127.0.0.1, a free port), with an owner
 * account made through n8n's REST API and an API key for its public API:
 * - the credential test (POST /rest/credentials/test) passes against the sandbox and fails with
 *   ClickSend's message for a wrong key;
 * - ClickSend Trigger workflows (inbound SMS, SMS delivery receipt) activated through the public
 *   API create automation rules in the sandbox; the sandbox's test injections reach n8n's webhook
 *   and the executions hold the expected items; deactivation leaves no rule behind;
 * - the editor in headless Chromium (Debian's `chromium`, driven by playwright-core from the host
 *   folder): the ClickSend node opens, its resource and operation lists and fields render, its icon
 *   loads. Screenshots go to test/e2e/out/.
 */
import { existsSync, readFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SANDBOX_API_KEY, SANDBOX_USERNAME, startSandbox, type Sandbox } from '../sandbox';
import { HOST_DIR } from './lib/host';
import { N8nFolder, type N8nServer } from './lib/n8n';

const OUT = join(__dirname, 'out');
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const EMAIL = 'owner@e2e.test';
const PASSWORD = 'E2e-Owner-Password-1';
const DEMO_ID = 'e2eDemoWorkflow1';

const auth = `Basic ${Buffer.from(`${SANDBOX_USERNAME}:${SANDBOX_API_KEY}`).toString('base64')}`;

async function sandboxCall(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<any> {
	const res = await fetch(`${sandbox.url}${path}`, {
		method,
		headers: { authorization: auth, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const json = (await res.json()) as { data: any };
	if (res.status !== 200) throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(json)}`);
	return json.data;
}

/** Automation rules of a kind in the sandbox (ClickSend's list endpoints). */
async function rules(sandbox: Sandbox, path: '/automations/sms/inbound' | '/automations/sms/receipts'): Promise<Array<Record<string, any>>> {
	const data = await sandboxCall(sandbox, 'GET', `${path}?limit=100`);
	return (data?.data ?? []) as Array<Record<string, any>>;
}

async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await fn();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

describe('n8n 2.41.1 server (n8n start)', () => {
	let sandbox: Sandbox;
	let n8n: N8nFolder;
	let server: N8nServer;

	beforeAll(async () => {
		sandbox = await startSandbox();
		n8n = N8nFolder.create(process.env.E2E_PACKAGE_TGZ!);
		await n8n.import('credentials', [
			{ id: 'clicksend-sandbox', name: 'ClickSend sandbox', type: 'clickSendApi', data: { username: SANDBOX_USERNAME, apiKey: SANDBOX_API_KEY, baseUrl: sandbox.url } },
		]);
		const demo = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'sms-send.workflow.json'), 'utf8'));
		await n8n.import('workflow', [{ ...demo, id: DEMO_ID, active: false }]);
		const started = Date.now();
		server = await n8n.start();
		console.log(`[e2e] n8n start ready at ${server.url}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
		await server.setUpOwner(EMAIL, PASSWORD);
	}, 300_000);

	afterAll(async () => {
		await server?.stop();
		await sandbox?.close();
	});

	describe('credential test (POST /rest/credentials/test)', () => {
		const test = (apiKey: string) =>
			server.rest<{ status: string; message: string }>('POST', '/rest/credentials/test', {
				// The imported credential, tested with the data the editor's form would send.
				credentials: { id: 'clicksend-sandbox', name: 'ClickSend sandbox', type: 'clickSendApi', data: { username: SANDBOX_USERNAME, apiKey, baseUrl: sandbox.url } },
			});

		it('passes against the sandbox', async () => {
			sandbox.requests.length = 0;
			const result = await test(SANDBOX_API_KEY);
			expect(result.status).toBe('OK');
			expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /account']);
			expect(sandbox.requests[0].headers.authorization).toBe(auth);
		});

		it("fails with ClickSend's message for a wrong key", async () => {
			const result = await test('wrong-key');
			expect(result.status).toBe('Error');
			expect(result.message).toContain('Your Username or Unique Key is incorrect.');
			expect(result.message).toContain('INVALID_CREDENTIALS');
		});
	});

	describe('ClickSend Trigger activated through the public API', () => {
		const triggerWorkflow = (name: string, event: string) => ({
			name,
			nodes: [
				{
					id: `${event}-trigger`,
					name: 'ClickSend Trigger',
					type: 'n8n-nodes-clicksend.clickSendTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: { event },
					credentials: { clickSendApi: { id: 'clicksend-sandbox', name: 'ClickSend sandbox' } },
				},
			],
			connections: {},
			settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
		});

		it('creates rules, turns injected events into executions, and removes the rules on deactivation', async () => {
			const before = { inbound: await rules(sandbox, '/automations/sms/inbound'), receipts: await rules(sandbox, '/automations/sms/receipts') };
			const inbound = await server.api<{ id: string }>('POST', '/workflows', triggerWorkflow('E2E inbound SMS', 'inboundSms'));
			const receipt = await server.api<{ id: string }>('POST', '/workflows', triggerWorkflow('E2E SMS receipt', 'smsReceipt'));
			expect(await server.api<{ active: boolean }>('POST', `/workflows/${inbound.id}/activate`)).toMatchObject({ active: true });
			expect(await server.api<{ active: boolean }>('POST', `/workflows/${receipt.id}/activate`)).toMatchObject({ active: true });

			const ours = (list: Array<Record<string, any>>) => list.filter((r) => JSON.stringify(r).includes(server.url));
			// n8n registers the webhooks of an activated workflow (the trigger's webhookMethods.create) right after answering.
			const inboundRules = await waitFor('the inbound SMS rule', async () => {
				const found = ours(await rules(sandbox, '/automations/sms/inbound'));
				return found.length ? found : undefined;
			}, 30_000).catch((error) => {
				throw new Error(`${error.message}; sandbox saw ${sandbox.requests.map((r) => `${r.method} ${r.path}`).join(', ')}\n${server.log().slice(-3000)}`);
			});
			const receiptRules = await waitFor('the SMS receipt rule', async () => {
				const found = ours(await rules(sandbox, '/automations/sms/receipts'));
				return found.length ? found : undefined;
			}, 30_000);
			expect(inboundRules).toHaveLength(1);
			expect(receiptRules).toHaveLength(1);
			expect(JSON.stringify(inboundRules[0])).toContain(`${server.url}/webhook/`);

			// n8n may store the rule (webhookMethods.create) a moment before its webhook route answers:
			// wait until each URL, called without the secret, is refused by the trigger (401) instead of n8n's 404.
			for (const rule of [...inboundRules, ...receiptRules]) {
				const bare = String(rule.action_address).replace(/[?&]n8n_secret=[^&]*/, '');
				await waitFor(`webhook ${bare}`, async () => ((await fetch(bare, { method: 'POST' })).status === 404 ? undefined : true), 30_000);
			}

			// ClickSend's test injections: the sandbox pushes each event to the matching rule's URL.
			await sandboxCall(sandbox, 'POST', '/sms/inbound', { url: 'poll', from: '+61411111111', body: 'E2E hello from a customer' });
			const receiptRow = await sandboxCall(sandbox, 'POST', '/sms/receipts', { url: 'poll' });

			const executionItems = async (workflowId: string) =>
				waitFor(`an execution of workflow ${workflowId}`, async () => {
					const list = await server.api<{ data: Array<{ id: string; status: string }> }>('GET', `/executions?workflowId=${workflowId}&includeData=true`);
					const done = list.data.find((e) => e.status === 'success') as any;
					if (!done) return undefined;
					return done.data.resultData.runData['ClickSend Trigger'][0].data.main[0].map((i: { json: Record<string, any> }) => i.json) as Array<Record<string, any>>;
				});
			const inboundItems = await executionItems(inbound.id);
			expect(inboundItems).toHaveLength(1);
			expect(inboundItems[0]).toMatchObject({ from: '+61411111111', body: 'E2E hello from a customer' });
			const receiptItems = await executionItems(receipt.id);
			// One execution per event: the probes without the secret above started none.
			for (const id of [inbound.id, receipt.id])
				expect((await server.api<{ data: unknown[] }>('GET', `/executions?workflowId=${id}`)).data).toHaveLength(1);
			expect(receiptItems).toHaveLength(1);
			expect(receiptItems[0]).toMatchObject({ message_id: receiptRow.message_id, delivered: true });

			await server.api('POST', `/workflows/${inbound.id}/deactivate`);
			await server.api('POST', `/workflows/${receipt.id}/deactivate`);
			// Webhook removal (the trigger's webhookMethods.delete) also runs after n8n answers.
			await waitFor('the rules to be deleted', async () => {
				const left = [...ours(await rules(sandbox, '/automations/sms/inbound')), ...ours(await rules(sandbox, '/automations/sms/receipts'))];
				return left.length === 0 ? true : undefined;
			}, 30_000);
			expect(ours(await rules(sandbox, '/automations/sms/inbound'))).toEqual([]);
			expect(ours(await rules(sandbox, '/automations/sms/receipts'))).toEqual([]);
			expect((await rules(sandbox, '/automations/sms/inbound')).length).toBe(before.inbound.length);
			expect((await rules(sandbox, '/automations/sms/receipts')).length).toBe(before.receipts.length);
		}, 180_000);
	});

	describe('the editor in headless Chromium', () => {
		it('opens the demo workflow and the ClickSend node: resource and operation lists, fields and icon render', async () => {
			if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
			const { chromium } = require(join(HOST_DIR, 'node_modules', 'playwright-core')) as typeof import('playwright-core');
			// A new empty profile (--user-data-dir, which playwright takes as launchPersistentContext's first argument).
			const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chromium-e2e-')), {
				executablePath: CHROMIUM,
				headless: true,
				viewport: { width: 1440, height: 900 },
				args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
			});
			try {
				const [name, value] = server.cookie.split('=');
				await context.addCookies([{ name, value, url: server.url }]);
				const page = await context.newPage();
				const failedIcons: string[] = [];
				page.on('response', (res) => {
					if (/clicksend.*\.svg/i.test(res.url()) && res.status() !== 200) failedIcons.push(`${res.status()} ${res.url()}`);
				});
				await page.goto(`${server.url}/workflow/${DEMO_ID}`);
				const node = page.locator('[data-test-id="canvas-node"]').filter({ hasText: 'Send SMS' });
				await node.waitFor({ timeout: 60_000 });
				await page.screenshot({ path: join(OUT, 'editor-canvas.png') });

				// The node's icon on the canvas is our SVG and it loaded.
				const icons = await page.$$eval('img', (imgs: any[]) =>
					imgs.filter((img) => /clicksend/i.test(img.src)).map((img) => ({ src: String(img.src), loaded: Boolean(img.complete && img.naturalWidth > 0) })),
				);
				expect(icons.length).toBeGreaterThan(0);
				expect(icons.filter((i) => !i.loaded)).toEqual([]);

				await node.dblclick();
				const ndv = page.locator('[data-test-id="ndv"]');
				await ndv.waitFor({ timeout: 30_000 });
				for (const parameter of ['resource', 'operation', 'to', 'body']) {
					await expect(ndv.locator(`[data-test-id="parameter-input-${parameter}"]`).first().isVisible()).resolves.toBe(true);
				}
				await page.screenshot({ path: join(OUT, 'editor-node.png') });

				// Closes an open dropdown and waits until its options are gone (its closing animation would
				// otherwise leave them visible to the next dropdown's read).
				const closeOptions = async () => {
					await page.keyboard.press('Escape');
					await page.locator('.el-select-dropdown__item:visible, [role="option"]:visible').first().waitFor({ state: 'hidden', timeout: 5_000 });
				};
				const openOptions = async (parameter: string): Promise<string[]> => {
					await ndv.locator(`[data-test-id="parameter-input-${parameter}"]`).first().click();
					const options = page.locator('.el-select-dropdown__item:visible, [role="option"]:visible');
					await options.first().waitFor({ timeout: 10_000 });
					const texts = (await options.allInnerTexts()).map((t) => t.split('\n')[0].trim());
					await closeOptions();
					return texts;
				};
				const resources = await openOptions('resource');
				expect(resources).toEqual(expect.arrayContaining(['Account', 'Contact', 'Contact List', 'Email', 'MMS', 'SMS', 'Voice']));
				await ndv.locator('[data-test-id="parameter-input-resource"]').first().click();
				await page.waitForTimeout(500); // the dropdown's opening animation
				await page.screenshot({ path: join(OUT, 'editor-resources.png') });
				await closeOptions();
				const operations = await openOptions('operation');
				expect(operations).toEqual(expect.arrayContaining(['Send', 'Get Many']));
			} finally {
				await context.close();
			}
		}, 180_000);
	});
});
