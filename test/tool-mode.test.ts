/**
 * The ClickSend node as an AI tool (usableAsTool), called several times in one agent run the way
 * n8n-core's getInputConnectionData / makeHandleToolInvocation runs it (Agent V1/V2, n8n 1.x): every
 * call's context carries the agent's execute data, and each call must still make its own request
 * (the Retry On Fail ledger must not answer one call with another's output).
 */
import type { IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { RoutingNode } from 'n8n-core';

import { registerNodeType, nodeTypeMap } from './harness/node-types';
import { runWorkflow } from './harness/run';
import { useSandbox } from './helpers/sandbox';

const cs = useSandbox();

// What n8n's cli NodeTypes does for a declarative node with methods (shouldAssignExecuteMethod) and a synthetic "…Tool".
const base = nodeTypeMap['n8n-nodes-clicksend.clickSend'];
const tool = Object.create(base, {
	description: { value: { ...base.description, name: 'clickSendTool', inputs: [], outputs: [NodeConnectionTypes.AiTool] } },
}) as INodeType;
(tool as INodeType).execute = async function (this: IExecuteFunctions) {
	const routingNode = new RoutingNode(this as never, tool);
	return (await routingNode.runNode()) ?? [];
};
registerNodeType('n8n-nodes-clicksend.clickSendTool', tool);

let calls: Array<Record<string, unknown>> = [];
class FakeAgent implements INodeType {
	description = {
		displayName: 'Agent', name: 'fakeAgent', group: ['transform'], version: 1, description: '', defaults: {},
		inputs: [NodeConnectionTypes.Main, { type: NodeConnectionTypes.AiTool, displayName: 'Tool' }],
		outputs: [NodeConnectionTypes.Main], properties: [],
	} as unknown as INodeType['description'];
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const tools = (await this.getInputConnectionData(NodeConnectionTypes.AiTool, 0)) as Array<{ invoke(a: unknown): Promise<string> }>;
		const out: INodeExecutionData[] = [];
		for (const args of calls) out.push({ json: { args, answer: await tools[0].invoke(args) } });
		return [out];
	}
}
registerNodeType('test.fakeAgent', new FakeAgent());

async function runAgent(parameters: Record<string, unknown>) {
	return await runWorkflow(
		{
			nodes: [
				{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{ id: '2', name: 'Agent', type: 'test.fakeAgent', typeVersion: 1, position: [200, 0], parameters: {} },
				{ id: '3', name: 'ClickSendTool', type: 'n8n-nodes-clicksend.clickSendTool', typeVersion: 1, position: [200, 200], parameters: parameters as never, credentials: { clickSendApi: { id: '1', name: 'ClickSend sandbox' } } },
			],
			connections: {
				Start: { main: [[{ node: 'Agent', type: 'main', index: 0 }]] },
				ClickSendTool: { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
			},
		},
		{ credentials: cs.credentials() },
	);
}

test('tool: two SMS sends in one Agent run both reach ClickSend', async () => {
	calls = [{ phone: '+61411111111' }, { phone: '+61422222222' }];
	const result = await runAgent({ resource: 'sms', operation: 'send', to: '={{ $fromAI("phone", "recipient", "string") }}', body: 'Hi' });
	expect(result.error).toBeUndefined();
	expect(cs.sandbox.state.smsMessages.map((m) => m.to).sort()).toEqual(['+61411111111', '+61422222222']);
});

test('tool: two Contact → Get calls in one Agent run get their own contacts', async () => {
	const ids = cs.sandbox.state.contactLists.get(428)!.contacts.slice(0, 2).map((c) => String(c.contact_id));
	calls = [{ contact: ids[0] }, { contact: ids[1] }];
	const result = await runAgent({ resource: 'contact', operation: 'get', listId: { __rl: true, mode: 'id', value: '428' }, contactId: { __rl: true, mode: 'id', value: '={{ $fromAI("contact", "id", "string") }}' } });
	const answers = result.output('Agent').map((i) => i.json.answer as string);
	expect(answers[1]).toContain(ids[1]);
});

test('tool: a "Get contact" tool then a "Send SMS" tool on the same Agent: the SMS is sent', async () => {
	class TwoToolAgent implements INodeType {
		description = { ...new FakeAgent().description, name: 'twoToolAgent' } as INodeType['description'];
		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			const tools = (await this.getInputConnectionData(NodeConnectionTypes.AiTool, 0)) as Array<{ name: string; invoke(a: unknown): Promise<string> }>;
			const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
			const contact = await byName.Get_contact.invoke({});
			const sms = await byName.Send_SMS.invoke({ phone: '+61422222222' });
			return [[{ json: { contact, sms } }]];
		}
	}
	registerNodeType('test.twoToolAgent', new TwoToolAgent());
	const id = String(cs.sandbox.state.contactLists.get(428)!.contacts[0].contact_id);
	const creds = { clickSendApi: { id: '1', name: 'ClickSend sandbox' } };
	const result = await runWorkflow(
		{
			nodes: [
				{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{ id: '2', name: 'Agent', type: 'test.twoToolAgent', typeVersion: 1, position: [200, 0], parameters: {} },
				{ id: '3', name: 'Get contact', type: 'n8n-nodes-clicksend.clickSendTool', typeVersion: 1, position: [200, 200], credentials: creds, parameters: { resource: 'contact', operation: 'get', listId: { __rl: true, mode: 'id', value: '428' }, contactId: { __rl: true, mode: 'id', value: id } } },
				{ id: '4', name: 'Send SMS', type: 'n8n-nodes-clicksend.clickSendTool', typeVersion: 1, position: [400, 200], credentials: creds, parameters: { resource: 'sms', operation: 'send', to: '={{ $fromAI("phone", "recipient", "string") }}', body: 'Hi' } },
			],
			connections: {
				Start: { main: [[{ node: 'Agent', type: 'main', index: 0 }]] },
				'Get contact': { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
				'Send SMS': { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
			},
		},
		{ credentials: cs.credentials() },
	);
	expect(result.error).toBeUndefined();
	expect(cs.requests('/sms/send')).toHaveLength(1);
	expect(String(result.output('Agent')[0]?.json.sms)).toContain('+61422222222');
});
