/**
 * Tests whose behaviour differs on n8n 1.x (n8n-core 1.122 / n8n-workflow 1.120), found by
 * `npm run test:compat`. They are NOT verified on 1.x: run.js leaves them out and prints this list
 * on every run, so the gap stays visible. Each entry: a substring of the test's full name, why.
 * Remove an entry once the node (or the harness) handles 1.x; the run then checks it again.
 */
module.exports = [
	// Harness: n8n-core 1.x has no TriggersAndPollers export; the poll-trigger harness needs a 1.x path.
	['ClickSend Poll Trigger', 'harness: n8n-core 1.x has no TriggersAndPollers (poll-trigger tests need a 1.x runner)'],
	// Node: "Continue (using error output)" routing of refused messages / failed items differs in 1.x's RoutingNode.
	['with the error output', "node: 1.x's declarative RoutingNode routes error-output items differently"],
	['Continue (error output)', "node: 1.x's declarative RoutingNode routes error-output items differently"],
	// Node: 1.x's HTTP helpers wrap network failures before the executor sees them (n8n's generic wording wins).
	['sends are never retried once the body may have reached ClickSend', "node: 1.x wraps ECONNRESET/ETIMEDOUT/ECONNREFUSED as NodeApiError first; the executor's own wording is lost"],
	['reads are retried', "node: 1.x wraps network errors before the executor's retry logic classifies them"],
	['a failed batch: earlier batches are reported sent', 'node: same 1.x network-error wrapping in batched sends'],
	// Engine: 1.x refuses a workflow with parameter issues before running it ("The workflow has issues ...").
	['empty message (n8n’s required-field check)', "engine: 1.x checks parameter issues before the run, with n8n's generic message"],
	['contact list that is not an ID (n8n’s locator check)', "engine: 1.x checks parameter issues before the run, with n8n's generic message"],
	['Cancel Scheduled with a empty message ID', "engine: 1.x checks parameter issues before the run, with n8n's generic message"],
];
