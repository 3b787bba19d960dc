/**
 * Engine harness for this package's trigger nodes (the counterpart of run.ts for triggers).
 *
 * - Webhook triggers: {@link WebhookTriggerHarness} plays n8n's webhook server. It listens on
 *   127.0.0.1 (its `/webhook/...` and `/webhook-test/...` are n8n's production and test webhook
 *   base URLs), runs the node's `webhookMethods` through n8n-core's `HookContext` the way n8n does
 *   on (de)activation (checkExists, then create when it is false; delete), and feeds each request
 *   it receives into the node's `webhook()` through n8n-core's `WebhookContext`: form bodies are
 *   parsed like n8n's body parser (`+` becomes a space), JSON bodies as JSON, GET queries as the
 *   query. When `webhook()` returns items, the workflow (trigger → "Received") runs in n8n-core's
 *   `WorkflowExecute`, like n8n does after answering the caller.
 * - Poll triggers: {@link runPoll} runs one poll through n8n-core's `PollContext` and
 *   `TriggersAndPollers.runPollFunction` (on n8n-core 1.x: the node's `poll()`, see compat.ts),
 *   then the workflow with the emitted items.
 *
 * The workflow's static data object is exposed so tests can restore it into a new workflow (a restart).
 */
import './env';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import { ExecutionLifecycleHooks, HookContext, PollContext, WebhookContext, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import { runPollFunction } from './compat';
import { HarnessCredentialsHelper } from './credentials';
import { nodeTypes } from './node-types';

/** Name of the node that receives the trigger's items in harness workflows. */
export const RECEIVER = 'Received';

let executionCounter = 1000;

/** Trigger node (`type`, `parameters`) → "Received" (No Operation), with the given static data. */
export function triggerWorkflow(type: string, parameters: INodeParameters, staticData: IDataObject = {}, name = 'Trigger'): Workflow {
	const nodes: INode[] = [
		{ id: 't1', name, type, typeVersion: 1, position: [0, 0], parameters, webhookId: 'b6f3a0f4-6a55-4a2c-9a43-2f0c5a8e7d11', credentials: { clickSendApi: { id: '1', name: 'ClickSend sandbox' } } },
		{ id: 't2', name: RECEIVER, type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 0], parameters: {} },
	];
	return new Workflow({
		id: 'wf-trigger',
		name: 'ClickSend trigger test',
		nodes,
		connections: { [name]: { main: [[{ node: RECEIVER, type: 'main', index: 0 }]] } },
		active: true,
		nodeTypes,
		staticData,
		settings: { timezone: 'UTC' },
	});
}

/** n8n-core's additional data for one execution; `origin` is the harness's webhook listener. */
export function additionalDataFor(
	workflow: Workflow,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	mode: WorkflowExecuteMode,
	origin = 'http://127.0.0.1:5678',
): IWorkflowExecuteAdditionalData {
	const executionId = String(++executionCounter);
	const workflowData = { id: workflow.id, name: workflow.name, active: true, nodes: Object.values(workflow.nodes), connections: workflow.connectionsBySourceNode, settings: workflow.settings } as unknown as IWorkflowBase;
	return {
		credentialsHelper: new HarnessCredentialsHelper(credentials),
		hooks: new ExecutionLifecycleHooks(mode, executionId, workflowData),
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not supported by the harness');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: `${origin}/rest`,
		instanceBaseUrl: `${origin}/`,
		formBaseUrl: `${origin}/form`,
		formWaitingBaseUrl: `${origin}/form-waiting`,
		formTestBaseUrl: `${origin}/form-test`,
		webhookBaseUrl: `${origin}/webhook`,
		webhookWaitingBaseUrl: `${origin}/webhook-waiting`,
		webhookTestBaseUrl: `${origin}/webhook-test`,
		mcpBaseUrl: `${origin}/mcp`,
		mcpTestBaseUrl: `${origin}/mcp-test`,
		variables: {},
		executionId,
		userId: 'harness',
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** Runs the workflow from the trigger with `data` (as n8n does after a webhook or poll) and returns the items "Received" got. */
export async function runFromTrigger(
	workflow: Workflow,
	data: INodeExecutionData[][],
	credentials: Record<string, ICredentialDataDecryptedObject>,
	mode: WorkflowExecuteMode,
): Promise<INodeExecutionData[]> {
	const trigger = Object.values(workflow.nodes).find((node) => node.name !== RECEIVER) as INode;
	const runExecutionData = createRunExecutionData({
		executionData: { nodeExecutionStack: [{ node: trigger, data: { main: data }, source: null }] },
	});
	const run = await new WorkflowExecute(additionalDataFor(workflow, credentials, mode), mode, runExecutionData).processRunExecutionData(workflow);
	const error = run.data.resultData.error;
	if (error) throw error;
	const runs = run.data.resultData.runData[RECEIVER];
	return runs?.[runs.length - 1]?.data?.main?.[0] ?? [];
}

/** Which of n8n's webhook URLs: "listen for test event" or the active workflow's. */
export type UrlMode = 'test' | 'production';

/** A response as the node's `webhook()` or the harness answered it. */
export interface HarnessResponse {
	status: number;
	body: unknown;
}

/** Parses a form body as n8n's webhook body parser does: `+` and `%20` are spaces, repeated keys become arrays. */
function parseForm(raw: string): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of new URLSearchParams(raw)) {
		const previous = out[key];
		out[key] = previous === undefined ? value : Array.isArray(previous) ? [...(previous as string[]), value] : [previous as string, value];
	}
	return out;
}

/** The part of Express's Response that trigger nodes use, over node's ServerResponse. */
function expressResponse(res: ServerResponse, answered: (response: HarnessResponse) => void) {
	let status = 200;
	const response = {
		status(code: number) {
			status = code;
			return response;
		},
		json(body: unknown) {
			res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
			answered({ status, body });
			return response;
		},
		send(body: unknown) {
			res.writeHead(status).end(typeof body === 'string' ? body : JSON.stringify(body));
			answered({ status, body });
			return response;
		},
		end() {
			res.writeHead(status).end();
			answered({ status, body: undefined });
			return response;
		},
		setHeader(name: string, value: string) {
			res.setHeader(name, value);
			return response;
		},
		get headersSent() {
			return res.headersSent;
		},
	};
	return response;
}

/** One webhook request the harness received, with what was answered and what the workflow got. */
export interface WebhookCall {
	method: string;
	url: string;
	response: HarnessResponse;
	/** Items "Received" got, when the node started an execution. */
	items?: INodeExecutionData[];
	error?: Error;
}

/** n8n's webhook server, webhook registration and execution start for one trigger node. See the file comment. */
export class WebhookTriggerHarness {
	workflow: Workflow;
	readonly calls: WebhookCall[] = [];
	private server?: Server;
	private origin = '';
	private readonly pending = new Set<Promise<unknown>>();

	constructor(
		readonly type: string,
		readonly parameters: INodeParameters,
		readonly credentials: Record<string, ICredentialDataDecryptedObject>,
		staticData: IDataObject = {},
	) {
		this.workflow = triggerWorkflow(type, parameters, staticData);
	}

	/** The trigger node of the workflow. */
	get node(): INode {
		return this.workflow.getNode('Trigger') as INode;
	}

	/** The node's static data (what n8n persists), e.g. the stored rule IDs. */
	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	/** Executions started so far (items "Received" got), oldest first. */
	get executions(): INodeExecutionData[][] {
		return this.calls.filter((call) => call.items).map((call) => call.items as INodeExecutionData[]);
	}

	/** Starts the webhook listener on 127.0.0.1. */
	async listen(): Promise<void> {
		this.server = createServer((req, res) => {
			const done = this.handle(req, res);
			this.pending.add(done);
			void done.finally(() => this.pending.delete(done));
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	/** Stops the listener. */
	async close(): Promise<void> {
		await this.settled();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	/** Resolves when every received request has been answered and its execution has finished. */
	async settled(): Promise<void> {
		while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
	}

	/** Replaces the node's parameters (e.g. a moved URL via another webhook ID), keeping static data. */
	setNode(changes: Partial<INode>): void {
		Object.assign(this.node, changes);
	}

	private webhookData(mode: UrlMode): IWebhookData[] {
		const nodeType = this.workflow.nodeTypes.getByNameAndVersion(this.type) as INodeType;
		return (nodeType.description.webhooks ?? []).map((description: IWebhookDescription) => ({
			httpMethod: description.httpMethod as IWebhookData['httpMethod'],
			node: this.node.name,
			path: String(description.path),
			webhookDescription: description,
			workflowId: this.workflow.id,
			webhookId: this.node.webhookId,
			workflowExecuteAdditionalData: additionalDataFor(this.workflow, this.credentials, 'trigger', this.origin),
			isTest: mode === 'test',
		}));
	}

	private hookContext(mode: UrlMode, webhook: IWebhookData): HookContext {
		const executeMode: WorkflowExecuteMode = mode === 'test' ? 'manual' : 'trigger';
		return new HookContext(this.workflow, this.node, additionalDataFor(this.workflow, this.credentials, executeMode, this.origin), executeMode, mode === 'test' ? 'manual' : 'activate', webhook);
	}

	private methods(webhook: IWebhookData) {
		const nodeType = this.workflow.nodeTypes.getByNameAndVersion(this.type) as INodeType;
		const methods = nodeType.webhookMethods?.[webhook.webhookDescription.name];
		if (!methods) throw new Error(`${this.type} has no webhookMethods.${webhook.webhookDescription.name}`);
		return methods;
	}

	/** As n8n activates a workflow (or "listen for test event"): per webhook, checkExists, then create when false. */
	async activate(mode: UrlMode = 'production'): Promise<void> {
		for (const webhook of this.webhookData(mode)) {
			const methods = this.methods(webhook);
			const context = this.hookContext(mode, webhook);
			if (!(await methods.checkExists.call(context))) await methods.create.call(context);
		}
	}

	/** As n8n deactivates: per webhook, delete. */
	async deactivate(mode: UrlMode = 'production'): Promise<void> {
		for (const webhook of this.webhookData(mode)) await this.methods(webhook).delete.call(this.hookContext(mode, webhook));
	}

	/** The node's checkExists for the first webhook of `mode`. */
	async checkExists(mode: UrlMode = 'production'): Promise<boolean> {
		const [webhook] = this.webhookData(mode);
		return await this.methods(webhook).checkExists.call(this.hookContext(mode, webhook));
	}

	/** n8n's webhook URL (without the node's secret) for `mode`. */
	webhookUrl(mode: UrlMode = 'production'): string {
		return `${this.origin}/${mode === 'test' ? 'webhook-test' : 'webhook'}/${this.node.webhookId}/webhook`;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		const url = new URL(req.url ?? '/', this.origin);
		const method = (req.method ?? 'GET').toUpperCase();
		const call: WebhookCall = { method, url: url.toString(), response: { status: 0, body: undefined } };
		this.calls.push(call);
		const mode: UrlMode = url.pathname.startsWith('/webhook-test/') ? 'test' : 'production';
		if (url.pathname !== new URL(this.webhookUrl(mode)).pathname) {
			res.writeHead(404).end('{"message":"The requested webhook is not registered."}');
			call.response = { status: 404, body: 'not registered' };
			return;
		}
		const contentType = String(req.headers['content-type'] ?? '');
		const text = rawBody.toString('utf8');
		const body = text === '' ? {} : contentType.includes('json') ? (JSON.parse(text) as IDataObject) : contentType.includes('x-www-form-urlencoded') ? parseForm(text) : {};
		const query = parseForm(url.search.slice(1));
		const request = { method, url: req.url, headers: req.headers, query, params: {}, body, rawBody };
		const response = expressResponse(res, (answer) => (call.response = answer));
		const [webhook] = this.webhookData(mode).filter((w) => w.httpMethod === method);
		if (!webhook) {
			res.writeHead(405).end();
			call.response = { status: 405, body: undefined };
			return;
		}
		const executeMode: WorkflowExecuteMode = mode === 'test' ? 'manual' : 'webhook';
		const additionalData = additionalDataFor(this.workflow, this.credentials, executeMode, this.origin);
		Object.assign(additionalData, { httpRequest: request, httpResponse: response });
		const nodeType = this.workflow.nodeTypes.getByNameAndVersion(this.type) as INodeType;
		let result: IWebhookResponseData;
		try {
			const context = new WebhookContext(this.workflow, this.node, additionalData, executeMode, webhook, [], null);
			result = await (nodeType.webhook as NonNullable<INodeType['webhook']>).call(context);
		} catch (error) {
			call.error = error as Error;
			if (!res.headersSent) response.status(500).json({ message: (error as Error).message });
			return;
		}
		if (result.noWebhookResponse !== true && !res.headersSent) response.status(200).json({ message: 'Workflow was started' });
		if (result.workflowData) {
			try {
				call.items = await runFromTrigger(this.workflow, result.workflowData, this.credentials, executeMode);
			} catch (error) {
				call.error = error as Error;
			}
		}
	}
}

/** What one poll produced. */
export interface PollResult {
	/** What the node's poll() returned (null: nothing new). */
	emitted: INodeExecutionData[][] | null;
	/** Items "Received" got when the poll emitted (empty otherwise). */
	items: INodeExecutionData[];
}

/**
 * One poll of a polling trigger in `workflow`, as n8n's poll schedule runs it (mode 'trigger';
 * 'manual' is "Fetch test event"), then the workflow with the emitted items.
 */
export async function runPoll(
	workflow: Workflow,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	mode: 'trigger' | 'manual' = 'trigger',
): Promise<PollResult> {
	const node = workflow.getNode('Trigger') as INode;
	const context = new PollContext(workflow, node, additionalDataFor(workflow, credentials, mode), mode, mode === 'manual' ? 'manual' : 'activate');
	const emitted = await runPollFunction(workflow, node, context);
	const items = emitted ? await runFromTrigger(workflow, emitted, credentials, mode) : [];
	return { emitted, items };
}
