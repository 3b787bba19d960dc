import type { INodeProperties } from 'n8n-workflow';

import { outputData, outputSuccess } from '../../shared/output';
import { prepareRuleBody } from './fields';
import type { AutomationRuleKind } from './kinds';

/**
 * The Operation option of one automation-rule resource: Create (POST <path>), Delete
 * (DELETE <path>/{ruleId}), Get (GET <path>/{ruleId}), Get Many (GET <path>), Update
 * (PUT <path>/{ruleId}). ClickSend's operations "Create a new rule", "Delete a rule",
 * "Get a specific rule", "List rules", "Update a rule" of each rule kind.
 */
export function ruleOperation(kind: AutomationRuleKind): INodeProperties {
	const item = `${kind.path}/{ruleId}`;
	const one = `${/^(?:[aeiou]|SMS|MMS)/i.test(kind.noun) ? 'an' : 'a'} ${kind.noun}`;
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [kind.resource] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: `Create ${one}`,
				description: `Create ${one}`,
				routing: {
					request: { method: 'POST', url: kind.path },
					send: { preSend: [prepareRuleBody(kind)] },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: `Delete ${one}`,
				description: `Delete ${one}`,
				routing: {
					request: { method: 'DELETE', url: item },
					output: { postReceive: [outputSuccess] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: `Get ${one}`,
				description: `Get ${one} by ID`,
				routing: {
					request: { method: 'GET', url: item },
					output: { postReceive: [outputData] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: `Get many ${kind.noun}s`,
				description: `List ${kind.noun}s`,
				routing: { request: { method: 'GET', url: kind.path } },
			},
			{
				name: 'Update',
				value: 'update',
				action: `Update ${one}`,
				description: `Update ${one}`,
				routing: {
					request: { method: 'PUT', url: item },
					send: { preSend: [prepareRuleBody(kind, true)] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'getAll',
	};
}
