/**
 * The one difference between n8n-core 1.x and 2.x that the harness meets: `WorkflowExecute.run`
 * takes `(workflow, startNode)` in 1.x and `({ workflow, startNode })` in 2.x. `npm run test:compat`
 * (test/compat/jest.config.js) maps n8n-core/n8n-workflow to the last 1.x line; everything else
 * in the harness and the tests runs unchanged on both.
 */
import type { WorkflowExecute } from 'n8n-core';
import type { INode, IRun, Workflow } from 'n8n-workflow';

/** Major version of the n8n-core the harness runs on (2, or 1 under `npm run test:compat`). */
export const n8nCoreMajor = Number((require('n8n-core/package.json') as { version: string }).version.split('.')[0]);

/** Runs `workflow` from `startNode` with either n8n-core's `run` signature. */
export function runFrom(executor: WorkflowExecute, workflow: Workflow, startNode: INode): Promise<IRun> {
	if (n8nCoreMajor < 2) {
		const runV1 = executor.run as unknown as (this: WorkflowExecute, workflow: Workflow, startNode: INode) => Promise<IRun>;
		return runV1.call(executor, workflow, startNode);
	}
	return executor.run({ workflow, startNode });
}
