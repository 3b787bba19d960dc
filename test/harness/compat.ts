/**
 * The differences between n8n-core 1.x and 2.x that the harness meets: `WorkflowExecute.run`
 * takes `(workflow, startNode)` in 1.x and `({ workflow, startNode })` in 2.x, and n8n-core 1.x
 * does not export `TriggersAndPollers` (its poll schedule calls the node's `poll()` with the
 * PollContext). `npm run test:compat` (test/compat/jest.config.js) maps n8n-core/n8n-workflow to
 * the last 1.x line; everything else in the harness runs unchanged on both.
 */
import * as core from 'n8n-core';
import type { PollContext, WorkflowExecute } from 'n8n-core';
import type { INode, INodeExecutionData, INodeType, IRun, Workflow } from 'n8n-workflow';

/** Major version of the n8n-core the harness runs on (2, or 1 under `npm run test:compat`). */
export const n8nCoreMajor = Number((require('n8n-core/package.json') as { version: string }).version.split('.')[0]);

/**
 * The message of n8n-core 1.x's WorkflowHasIssuesError (a workflow with parameter issues is refused
 * before it runs); 2.x's names the node and its issues instead.
 */
export const WORKFLOW_HAS_ISSUES_V1 = 'The workflow has issues and cannot be executed for that reason. Please fix them first.';

/** Runs `workflow` from `startNode` with either n8n-core's `run` signature. */
export function runFrom(executor: WorkflowExecute, workflow: Workflow, startNode: INode): Promise<IRun> {
	if (n8nCoreMajor < 2) {
		const runV1 = executor.run as unknown as (this: WorkflowExecute, workflow: Workflow, startNode: INode) => Promise<IRun>;
		return runV1.call(executor, workflow, startNode);
	}
	return executor.run({ workflow, startNode });
}

/**
 * One poll of `node` with `context`, as n8n's poll schedule runs it: n8n-core 2.x's
 * `TriggersAndPollers.runPollFunction`; on 1.x, which does not export it, the node type's `poll()`
 * called with the context (what 1.x's `TriggersAndPollers.runPoll` does).
 * @returns what `poll()` returned (null: nothing new).
 */
export async function runPollFunction(workflow: Workflow, node: INode, context: PollContext): Promise<INodeExecutionData[][] | null> {
	if (n8nCoreMajor < 2) {
		const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion) as INodeType;
		if (!nodeType.poll) throw new Error(`${node.type} has no poll function`);
		return await nodeType.poll.call(context);
	}
	return await new core.TriggersAndPollers().runPollFunction(workflow, node, context);
}
