import { DirectoryLoader, LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { HarnessCredentialsHelper } from '../harness/credentials';
import { nodeTypeMap, nodeTypes, registerNodeType } from '../harness/node-types';
import type { WorkflowFile } from '../harness/run';

/**
 * Gives the ClickSend node the "Request Options" (timeout, batching, proxy) that n8n's node loader
 * (`DirectoryLoader.applyDeclarativeNodeOptionParameters`) adds to every declarative node in a real
 * n8n, so tests can set `requestOptions: { timeout }` as a user does in the node's Settings.
 */
export function withRequestOptions(): void {
	const type = nodeTypeMap['n8n-nodes-clicksend.clickSend'] as INodeType;
	if (!type.description.properties.some((p) => p.name === 'requestOptions')) {
		DirectoryLoader.applyDeclarativeNodeOptionParameters(type);
	}
}

/**
 * A downstream node that records, per item, what `$('Items').item` resolves to (through n8n's
 * pairedItem chain), as a user's expression in a later node would.
 */
class TriggerItemProbe implements INodeType {
	description = {
		displayName: 'Trigger Item Probe',
		name: 'triggerItemProbe',
		group: ['transform'],
		version: 1,
		description: '',
		defaults: {},
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [
			this.getInputData().map((item, index) => ({
				json: { ...item.json, fromItems: this.getNodeParameter('value', index) as string },
				pairedItem: { item: index },
			})),
		];
	}
}
registerNodeType('test.triggerItemProbe', new TriggerItemProbe());

/**
 * Manual Trigger → Items (Code) → ClickSend (On Error: `onError`) → "Success Probe" on output 0 and
 * "Error Probe" on output 1 (error output); each probe evaluates `$('Items').item.json[probeKey]`.
 */
export function branchWorkflow(parameters: INodeParameters, items: IDataObject[], onError: string, probeKey: string): WorkflowFile {
	const probe = (id: string, name: string, x: number, y: number): INode => ({
		id,
		name,
		type: 'test.triggerItemProbe',
		typeVersion: 1,
		position: [x, y],
		parameters: { value: `={{ $('Items').item.json.${probeKey} }}` },
	});
	return {
		name: 'branches',
		nodes: [
			{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: '2',
				name: 'Items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [200, 0],
				parameters: { jsCode: `return ${JSON.stringify(items.map((json) => ({ json })))};` },
			},
			{
				id: '3',
				name: 'ClickSend',
				type: 'n8n-nodes-clicksend.clickSend',
				typeVersion: 1,
				position: [400, 0],
				parameters,
				credentials: { clickSendApi: { id: '1', name: 'ClickSend sandbox' } },
				onError: onError as INode['onError'],
			},
			probe('4', 'Success Probe', 600, 0),
			probe('5', 'Error Probe', 600, 200),
		],
		connections: {
			Start: { main: [[{ node: 'Items', type: NodeConnectionTypes.Main, index: 0 }]] },
			Items: { main: [[{ node: 'ClickSend', type: NodeConnectionTypes.Main, index: 0 }]] },
			ClickSend: {
				main: [
					[{ node: 'Success Probe', type: NodeConnectionTypes.Main, index: 0 }],
					[{ node: 'Error Probe', type: NodeConnectionTypes.Main, index: 0 }],
				],
			},
		},
	};
}

/**
 * n8n-core's LoadOptionsContext for the ClickSend node with `parameters` (what the editor uses to
 * fill a resource locator's "From List" dropdown), authenticated with `credentials`.
 */
export function loadOptionsContext(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	parameters: INodeParameters,
	path = 'parameters.listId',
): LoadOptionsContext {
	const node: INode = {
		id: '3',
		name: 'ClickSend',
		type: 'n8n-nodes-clicksend.clickSend',
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { clickSendApi: { id: '1', name: 'ClickSend sandbox' } },
	};
	const workflow = new Workflow({ id: 'lookup', nodes: [node], connections: {}, active: false, nodeTypes, settings: { timezone: 'UTC' } });
	const additionalData = {
		credentialsHelper: new HarnessCredentialsHelper(credentials),
		currentNodeParameters: parameters,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		variables: {},
		userId: 'harness',
	} as unknown as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(workflow, workflow.getNode('ClickSend')!, additionalData, path);
}
