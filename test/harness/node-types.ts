import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';
import { DirectoryLoader } from 'n8n-core';
import { NodeConnectionTypes } from 'n8n-workflow';
import { runInNewContext } from 'vm';

import { ClickSend } from '../../nodes/ClickSend/ClickSend.node';

/**
 * Stand-ins for the three n8n-nodes-base nodes our example workflows use before the ClickSend
 * node (the real ones need n8n's server and task runner; test/e2e runs the same workflow files in
 * real n8n). Manual Trigger emits one empty item; Code runs its JavaScript once for all items
 * with `$input.all()`/`items` and must return `[{ json }]`; No Operation passes items through.
 */
class ManualTrigger implements INodeType {
	description = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: [1],
		description: '',
		defaults: {},
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [[{ json: {} }]];
	}
}

class Code implements INodeType {
	description = {
		displayName: 'Code',
		name: 'code',
		group: ['transform'],
		version: [1, 2],
		description: '',
		defaults: {},
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'JavaScript', name: 'jsCode', type: 'string', default: '' }],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const code = this.getNodeParameter('jsCode', 0) as string;
		const $input = { all: () => items, first: () => items[0], last: () => items[items.length - 1] };
		const result = runInNewContext(`(function(){\n${code}\n})()`, { $input, items, Date, Math, JSON, String, Number, Array });
		const list = (Array.isArray(result) ? result : [result]) as Array<INodeExecutionData | Record<string, unknown>>;
		return [list.map((entry, index) => ('json' in entry ? (entry as INodeExecutionData) : { json: entry, pairedItem: { item: index } }) as INodeExecutionData)];
	}
}

class NoOp implements INodeType {
	description = {
		displayName: 'No Operation',
		name: 'noOp',
		group: ['organization'],
		version: 1,
		description: '',
		defaults: {},
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

/**
 * The ClickSend node as n8n's server loads it: its loader (DirectoryLoader) adds the Settings →
 * Request Options parameter (timeout, batching, proxy, …) to declarative nodes.
 */
function loadedClickSend(): ClickSend {
	const node = new ClickSend();
	DirectoryLoader.applyDeclarativeNodeOptionParameters(node);
	return node;
}

/** Node types by their workflow `type` name: this package's nodes plus the stand-ins above. */
export const nodeTypeMap: Record<string, INodeType> = {
	'n8n-nodes-clicksend.clickSend': loadedClickSend(),
	'n8n-nodes-base.manualTrigger': new ManualTrigger(),
	'n8n-nodes-base.code': new Code(),
	'n8n-nodes-base.noOp': new NoOp(),
};

/** Registers more node types (e.g. trigger nodes) for the harness. */
export function registerNodeType(name: string, type: INodeType) {
	nodeTypeMap[name] = type;
}

/** INodeTypes over {@link nodeTypeMap}. */
export const nodeTypes: INodeTypes = {
	getByName(name: string): INodeType | IVersionedNodeType {
		const type = nodeTypeMap[name];
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	},
	getByNameAndVersion(name: string): INodeType {
		const type = nodeTypeMap[name];
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	},
	getKnownTypes() {
		return {};
	},
};
