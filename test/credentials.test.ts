import type { IAuthenticateRuleResponseSuccessBody, IDataObject, IHttpRequestOptions, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { ClickSendApi } from '../credentials/ClickSendApi.credentials';
import { registerNodeType } from './harness/node-types';
import { runWorkflow } from './harness/run';
import { useSandbox } from './helpers/sandbox';

const cs = useSandbox();
const credential = new ClickSendApi();

/**
 * Runs the credential's `test` the way n8n's credentials tester does for declarative tests: its
 * request as the routing of a throwaway declarative node, then the `responseSuccessBody` rules
 * against the answer. Returns n8n's verdict.
 */
async function testCredential(data: Record<string, string>): Promise<{ status: 'OK' | 'Error'; message: string }> {
	const tester: INodeType = {
		description: {
			displayName: 'Credential test',
			name: 'credentialTest',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'clickSendApi', required: true }],
			requestDefaults: {},
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: credential.test.request } }],
		},
	};
	registerNodeType('test.credentialTest', tester);
	const result = await runWorkflow(
		{
			nodes: [
				{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{ id: '2', name: 'Test', type: 'test.credentialTest', typeVersion: 1, position: [200, 0], parameters: {}, credentials: { clickSendApi: { id: '1', name: 'c' } } },
			],
			connections: { Start: { main: [[{ node: 'Test', type: 'main', index: 0 }]] } },
		},
		{ credentials: { clickSendApi: data } },
	);
	if (result.error) return { status: 'Error', message: result.error.message };
	const body = result.output('Test')[0]?.json ?? {};
	for (const rule of (credential.test.rules ?? []) as IAuthenticateRuleResponseSuccessBody[]) {
		if (body[rule.properties.key] === rule.properties.value) return { status: 'Error', message: rule.properties.message };
	}
	return { status: 'OK', message: 'Connection tested successfully' };
}

describe('ClickSend API credential', () => {
	test('the credential test passes against the sandbox with GET /account', async () => {
		const verdict = await testCredential({ username: 'sandbox', apiKey: 'sandbox-api-key-0000', baseUrl: `${cs.sandbox.url}/` });
		expect(verdict).toEqual({ status: 'OK', message: 'Connection tested successfully' });
		expect(cs.requests().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /account']);
	});

	test("a wrong key fails with ClickSend's message", async () => {
		const verdict = await testCredential({ username: 'sandbox', apiKey: 'nope', baseUrl: cs.sandbox.url });
		expect(verdict).toEqual({ status: 'Error', message: 'ClickSend: Your Username or Unique Key is incorrect. (INVALID_CREDENTIALS)' });
	});

	test('a not activated account fails with its code', async () => {
		const verdict = await testCredential({ username: 'notactive', apiKey: 'D83DED51-9E35-4D42-9BB9-0E34B7CA85AE', baseUrl: cs.sandbox.url });
		expect(verdict.status).toBe('Error');
		expect(verdict.message).toContain('ACCOUNT_NOT_ACTIVATED');
	});

	test('applies HTTP Basic auth from username and API key, trimmed, keeping the rest of the request', async () => {
		const authenticate = credential.authenticate as (credentials: IDataObject, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>;
		const options: IHttpRequestOptions = { url: '/account', headers: { Accept: 'application/json' } };
		expect(await authenticate({ username: ' sandbox\n', apiKey: '\tKEY ' }, options)).toEqual({
			url: '/account',
			headers: { Accept: 'application/json' },
			auth: { username: 'sandbox', password: 'KEY' },
		});
		expect(options).toEqual({ url: '/account', headers: { Accept: 'application/json' } });
		expect(credential.properties.find((p) => p.name === 'apiKey')?.typeOptions?.password).toBe(true);
	});
});
