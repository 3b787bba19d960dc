import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

/** One resource/operation of a declarative node, with the ClickSend route its `routing` declares. */
export interface NodeOperation {
	resource: string;
	resourceName: string;
	operation: string;
	operationName: string;
	action: string;
	description: string;
	method: string;
	/** URL as written in routing, e.g. `=/lists/{{ $parameter.listId }}/contacts`. */
	url: string;
	/** The same with every `{{ … }}` and `{parameterName}` replaced by `{}`: `/lists/{}/contacts`. */
	pathPattern: string;
}

/** Turns a routing URL (possibly an expression) into a path pattern where each parameter is `{}`. */
export function toPathPattern(url: string): string {
	return url
		.replace(/^=/, '')
		.replace(/\{\{[\s\S]*?\}\}/g, '{}')
		.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, '{}')
		.replace(/\?.*$/, '')
		.replace(/\/+$/, '');
}

/** Spec path template `/lists/{list_id}/contacts?x={x}` → `/lists/{}/contacts`. */
export function specPathPattern(path: string): string {
	return path.replace(/\?.*$/, '').replace(/\{[^}]+\}/g, '{}').replace(/\/+$/, '');
}

/** Every resource/operation that the node description declares, read from its Operation options. */
export function listOperations(description: INodeTypeDescription): NodeOperation[] {
	const resourceProperty = description.properties.find((p) => p.name === 'resource');
	const resourceNames = new Map(
		((resourceProperty?.options ?? []) as INodePropertyOptions[]).map((o) => [String(o.value), o.name]),
	);
	const result: NodeOperation[] = [];
	for (const property of description.properties as INodeProperties[]) {
		if (property.name !== 'operation' || property.type !== 'options') continue;
		const resources = (property.displayOptions?.show?.resource ?? []) as string[];
		for (const resource of resources) {
			for (const option of (property.options ?? []) as INodePropertyOptions[]) {
				const request = option.routing?.request ?? {};
				const url = String(request.url ?? '');
				result.push({
					resource,
					resourceName: resourceNames.get(resource) ?? resource,
					operation: String(option.value),
					operationName: option.name,
					action: option.action ?? '',
					description: option.description ?? '',
					method: String(request.method ?? 'GET').toUpperCase(),
					url,
					pathPattern: toPathPattern(url),
				});
			}
		}
	}
	return result;
}

/** The README's operations table (Markdown), one row per resource/operation, in node order. */
export function operationsTable(description: INodeTypeDescription): string {
	// An operation without a route is a custom operation built on several requests (e.g. a contact upsert).
	const endpoint = (op: NodeOperation) => (op.url === '' ? 'several requests (custom operation)' : `\`${op.method} ${op.pathPattern.replace(/\{\}/g, '{id}')}\``);
	const rows = listOperations(description).map((op) => `| ${op.resourceName} | ${op.operationName} | ${op.description} | ${endpoint(op)} |`);
	return ['| Resource | Operation | What it does | ClickSend endpoint |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
