import './env';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ExecutionError,
	ICredentialDataDecryptedObject,
	IConnections,
	IBinaryKeyData,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IRun,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	IWorkflowSettings,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { runFrom } from './compat';
import { HarnessCredentialsHelper } from './credentials';
import { nodeTypes } from './node-types';

/** An n8n workflow file as exported by the editor (only the fields the engine needs). */
export interface WorkflowFile {
	name?: string;
	nodes: INode[];
	connections: IConnections;
	settings?: IWorkflowSettings;
}

/** Options of one harness run. */
export interface RunOptions {
	/** Decrypted credential data by credential type, e.g. `{ clickSendApi: { username, apiKey, baseUrl } }`. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** Workflow timezone (date-times without an offset are read in it). Default UTC. */
	timezone?: string;
}

/** What a run produced. */
export interface RunResult {
	run: IRun;
	/** The execution error (a node failed without Continue On Fail), if any. */
	error?: ExecutionError;
	/** Items of a node's output (`outputIndex` 0 = main, 1 = error output), last run of that node. */
	output(nodeName: string, outputIndex?: number): INodeExecutionData[];
}

let executionCounter = 0;

/**
 * Runs a workflow through n8n-core's real WorkflowExecute (declarative nodes go through its
 * RoutingNode), starting at its Manual Trigger, with the given credentials.
 */
export async function runWorkflow(file: WorkflowFile, options: RunOptions): Promise<RunResult> {
	const executionId = String(++executionCounter);
	const settings: IWorkflowSettings = { timezone: options.timezone ?? 'UTC', ...(file.settings ?? {}) };
	const workflow = new Workflow({
		id: 'harness',
		name: file.name ?? 'harness',
		nodes: file.nodes,
		connections: file.connections,
		active: false,
		nodeTypes,
		staticData: {},
		settings,
	});
	const workflowData: IWorkflowBase = {
		id: 'harness',
		name: workflow.name,
		active: false,
		activeVersionId: null,
		isArchived: false,
		nodes: file.nodes,
		connections: file.connections,
		settings,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as IWorkflowBase;
	const additionalData = {
		credentialsHelper: new HarnessCredentialsHelper(options.credentials),
		hooks: new ExecutionLifecycleHooks('manual', executionId, workflowData),
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not supported by the harness');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		variables: {},
		executionId,
		userId: 'harness',
	} as unknown as IWorkflowExecuteAdditionalData;

	const trigger = file.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger');
	if (!trigger) throw new Error('The workflow needs a Manual Trigger');
	const run = await runFrom(new WorkflowExecute(additionalData, 'manual'), workflow, workflow.getNode(trigger.name)!);
	return {
		run,
		error: run.data.resultData.error,
		output(nodeName, outputIndex = 0) {
			const runs = run.data.resultData.runData[nodeName];
			if (!runs?.length) return [];
			return runs[runs.length - 1].data?.main?.[outputIndex] ?? [];
		},
	};
}

/** Options of {@link clickSendWorkflow}. */
export interface ClickSendWorkflowOptions {
	/** Input items (their `json`) fed to the ClickSend node. Default: one empty item. */
	items?: IDataObject[];
	/**
	 * Binary data per input item (same order as `items`), as n8n holds it in memory:
	 * `{ data: { data: <base64>, mimeType, fileName } }`. Items without an entry have no binary.
	 */
	binaries?: Array<IBinaryKeyData | undefined>;
	/** The node's "On Error" setting. */
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	/** Node name; default "ClickSend". */
	name?: string;
	/** The node's "Execute Once" setting (n8n then runs it for the first input item only). */
	executeOnce?: boolean;
	/** The node's "Retry On Fail" setting: tries in all, and the wait between them (ms). */
	retry?: { maxTries: number; waitBetweenTries: number };
}

/** Builds Manual Trigger → Code (emits `items`) → ClickSend node with `parameters`. */
export function clickSendWorkflow(parameters: INodeParameters, options: ClickSendWorkflowOptions = {}): WorkflowFile {
	const name = options.name ?? 'ClickSend';
	const items = options.items ?? [{}];
	return {
		name: 'test',
		nodes: [
			{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: '2',
				name: 'Items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [200, 0],
				parameters: {
					jsCode: `return ${JSON.stringify(items.map((json, i) => (options.binaries?.[i] ? { json, binary: options.binaries[i] } : { json })))};`,
				},
			},
			{
				id: '3',
				name,
				type: 'n8n-nodes-clicksend.clickSend',
				typeVersion: 1,
				position: [400, 0],
				parameters,
				credentials: { clickSendApi: { id: '1', name: 'ClickSend sandbox' } },
				...(options.onError ? { onError: options.onError } : {}),
				...(options.executeOnce ? { executeOnce: true } : {}),
				...(options.retry ? { retryOnFail: true, ...options.retry } : {}),
			},
		],
		connections: {
			Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: name, type: 'main', index: 0 }]] },
		},
	};
}
