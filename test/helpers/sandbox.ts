import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { clickSendWorkflow, runWorkflow, type ClickSendWorkflowOptions, type RunResult } from '../harness/run';
import { SANDBOX_API_KEY, SANDBOX_USERNAME, startSandbox, type RecordedRequest, type Sandbox } from '../sandbox';

/** A sandbox shared by the tests of one file (started in beforeAll, reset before each test). */
export interface SandboxFixture {
	readonly sandbox: Sandbox;
	/** ClickSend API credential data pointing at the sandbox. */
	credentials(username?: string, apiKey?: string): { clickSendApi: ICredentialDataDecryptedObject };
	/** Runs Manual Trigger → items → ClickSend node with `parameters` against the sandbox. */
	run(parameters: INodeParameters, options?: ClickSendWorkflowOptions & { username?: string; apiKey?: string; timezone?: string }): Promise<RunResult>;
	/** Requests the sandbox received since the last reset (optionally only for one path). */
	requests(path?: string): RecordedRequest[];
}

/** Registers beforeAll/beforeEach/afterAll hooks and returns the fixture. */
export function useSandbox(): SandboxFixture {
	let sandbox: Sandbox | undefined;
	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	beforeEach(() => sandbox?.reset());
	afterAll(async () => {
		await sandbox?.close();
	});
	const fixture: SandboxFixture = {
		get sandbox() {
			if (!sandbox) throw new Error('sandbox not started');
			return sandbox;
		},
		credentials(username = SANDBOX_USERNAME, apiKey = SANDBOX_API_KEY) {
			return { clickSendApi: { username, apiKey, baseUrl: fixture.sandbox.url } };
		},
		async run(parameters, options = {}) {
			return await runWorkflow(clickSendWorkflow(parameters, options), {
				credentials: fixture.credentials(options.username, options.apiKey),
				timezone: options.timezone,
			});
		},
		requests(path) {
			return fixture.sandbox.requests.filter((r) => path === undefined || r.path === path);
		},
	};
	return fixture;
}

/** `Basic base64(username:apiKey)`. */
export function basicAuth(username = SANDBOX_USERNAME, apiKey = SANDBOX_API_KEY) {
	return `Basic ${Buffer.from(`${username}:${apiKey}`).toString('base64')}`;
}

/** The `pairedItem.item` index of an output item. */
export function pairedIndex(item: { pairedItem?: unknown }): number | undefined {
	const paired = Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem;
	return typeof paired === 'object' && paired !== null ? (paired as { item: number }).item : undefined;
}
