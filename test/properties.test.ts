import type { IHttpRequestOptions, INode, INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { ClickSend, clickSendProperties } from '../nodes/ClickSend/ClickSend.node';
import { mergeSharedProperties } from '../nodes/ClickSend/shared/mergeProperties';
import { isWrappedPreSend } from '../nodes/ClickSend/shared/transport';

/**
 * The node's description merges identical per-operation fields (mergeSharedProperties). These
 * tests prove that n8n sees the same node: on every resource/operation screen, for every value of
 * every field that shows or hides others, the same fields in the same order, and the same
 * parameters with their defaults.
 */
const merged = new ClickSend().description.properties;
const node: INode = { id: '1', name: 'ClickSend', type: 'n8n-nodes-clicksend.clickSend', typeVersion: 1, position: [0, 0], parameters: {} };

/** A field as n8n uses it, without the resources/operations that show it (functions by identity). */
const functionIds = new Map<unknown, number>();
function signature(property: INodeProperties): string {
	const show = { ...property.displayOptions?.show };
	delete show.resource;
	delete show.operation;
	return JSON.stringify({ ...property, displayOptions: { ...property.displayOptions, show } }, (_key, value: unknown) => {
		if (typeof value !== 'function') return value;
		if (!functionIds.has(value)) functionIds.set(value, functionIds.size);
		return `function#${functionIds.get(value)}`;
	});
}

/** The fields n8n shows for `values` (after adding defaults), in order, and the parameters it keeps. */
function screen(properties: INodeProperties[], values: INodeParameters) {
	const parameters = NodeHelpers.getNodeParameters(properties, values, true, false, { ...node, parameters: values } as INode, null) ?? {};
	const shown = properties.filter((property) => NodeHelpers.displayParameter(parameters, property, node, null)).map(signature);
	return { parameters, shown };
}

/** Every resource/operation pair of the node. */
const views = (() => {
	const pairs: Array<[string, string]> = [];
	const resources = clickSendProperties.find((p) => p.name === 'resource')!.options as Array<{ value: string }>;
	for (const { value: resource } of resources) {
		for (const property of clickSendProperties) {
			if (property.name !== 'operation' || !(property.displayOptions?.show?.resource as string[] | undefined)?.includes(resource)) continue;
			for (const option of property.options as Array<{ value: string }>) pairs.push([resource, option.value]);
		}
	}
	return pairs;
})();

/** Top-level fields (besides resource and operation) that other fields' display depends on, with their possible values. */
const controls = (() => {
	const names = new Set<string>();
	for (const property of clickSendProperties) {
		for (const rule of [property.displayOptions?.show, property.displayOptions?.hide]) {
			for (const name of Object.keys(rule ?? {})) if (name !== 'resource' && name !== 'operation') names.add(name);
		}
	}
	const values = new Map<string, unknown[]>();
	for (const property of clickSendProperties) {
		if (!names.has(property.name)) continue;
		const known = values.get(property.name) ?? [];
		if (property.type === 'boolean') known.push(true, false);
		else if (property.type === 'options') known.push(...(property.options as Array<{ value: unknown }>).map((o) => o.value));
		values.set(property.name, [...new Set(known)]);
	}
	return values;
})();

describe('merged description: the same node as one copy of each field per operation', () => {
	test('fewer top-level properties (n8n walks all of them several times per execution)', () => {
		expect(clickSendProperties.length).toBeGreaterThan(550);
		expect(merged.length).toBeLessThan(clickSendProperties.length * 0.6);
		expect(views.length).toBeGreaterThan(190);
		expect(controls.size).toBeGreaterThan(3);
	});

	test("every screen, with every combination of its controlling fields' values, shows the same fields in the same order with the same parameters", () => {
		let screens = 0;
		for (const [resource, operation] of views) {
			const base = screen(clickSendProperties, { resource, operation });
			// Every combination of the values of this screen's controlling fields (and of fields they show).
			let variants: INodeParameters[] = [{ resource, operation }];
			for (const [name, values] of controls) {
				const shown = variants.some((variant) => name in screen(clickSendProperties, variant).parameters) || name in base.parameters;
				if (!shown) continue;
				variants = variants.flatMap((variant) => [variant, ...values.map((value) => ({ ...variant, [name]: value as string }))]);
			}
			for (const values of variants) {
				const before = screen(clickSendProperties, values);
				const after = screen(merged, values);
				expect([resource, operation, values, after.shown]).toEqual([resource, operation, values, before.shown]);
				expect([resource, operation, values, after.parameters]).toEqual([resource, operation, values, before.parameters]);
				screens++;
			}
		}
		expect(screens).toBeGreaterThan(300);
	});

	test('properties that differ in anything (a hook, a default) are not merged; the input is not changed', () => {
		const hook = async (options: IHttpRequestOptions) => options;
		const field = (resource: string, operation: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			displayOptions: { show: { resource: [resource], operation: [operation] } },
			...extra,
		});
		const input = [
			field('a', 'getAll'),
			field('b', 'getAll'),
			field('c', 'getAll', { default: 10 }),
			field('a', 'search', { routing: { send: { preSend: [hook] } } }),
			field('b', 'search', { routing: { send: { preSend: [async (options: IHttpRequestOptions) => options] } } }),
			field('c', 'list'),
		];
		const copy = JSON.parse(JSON.stringify(input));
		const result = mergeSharedProperties(input);
		expect(result.map((p) => [p.default, p.displayOptions?.show])).toEqual([
			[50, { resource: ['a', 'b'], operation: ['getAll'] }],
			[10, { resource: ['c'], operation: ['getAll'] }],
			[50, { resource: ['a'], operation: ['search'] }],
			[50, { resource: ['b'], operation: ['search'] }],
			[50, { resource: ['c'], operation: ['list'] }],
		]);
		expect(JSON.parse(JSON.stringify(input))).toEqual(copy);
	});

	test('operations shown for different resources stay apart, so no new resource/operation pair appears', () => {
		const field = (resources: string[], operations: string[]): INodeProperties => ({
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			displayOptions: { show: { resource: resources, operation: operations } },
		});
		const result = mergeSharedProperties([field(['a'], ['getAll']), field(['b'], ['getAll']), field(['a'], ['search'])]);
		expect(result.map((p) => p.displayOptions?.show)).toEqual([
			{ resource: ['a', 'b'], operation: ['getAll'] },
			{ resource: ['a'], operation: ['search'] },
		]);
	});

	test('when no order keeps every screen as it was, nothing is merged', () => {
		const field = (name: string, resource: string): INodeProperties => ({
			displayName: name,
			name,
			type: 'string',
			default: '',
			displayOptions: { show: { resource: [resource], operation: ['send'] } },
		});
		// Screen a: x then y; screen b: y then x. Merging both would need x before y and y before x.
		const input = [field('x', 'a'), field('y', 'a'), field('y', 'b'), field('x', 'b')];
		expect(mergeSharedProperties(input)).toEqual(input);
	});
});

describe("the description against n8n's parameter check (run before every execution)", () => {
	/**
	 * n8n checks a collection's options as if they stood at the top level (their values are read
	 * there, whatever the collection's operation). An option n8n checks (required, a resource locator's
	 * ID pattern, a type to validate, nested options) that shares its name with a top-level parameter
	 * would judge that parameter too, and repeat its errors.
	 */
	test('no checked option of a collection shares its name with a top-level parameter', () => {
		const topLevel = new Set(merged.map((property) => property.name));
		const clashes = merged.flatMap((property) =>
			property.type !== 'collection'
				? []
				: (property.options as INodeProperties[])
						.filter((option) => option.required || option.type === 'resourceLocator' || option.validateType || Array.isArray(option.options) && ['collection', 'fixedCollection'].includes(option.type))
						.filter((option) => topLevel.has(option.name))
						.map((option) => `${property.name}.${option.name} (${JSON.stringify(property.displayOptions?.show)})`),
		);
		expect(clashes).toEqual([]);
	});

	test('an ID that does not fit a locator is named once, with what to give', () => {
		const parameters: INodeParameters = { resource: 'sms', operation: 'send', sendTo: 'list', listId: { __rl: true, mode: 'id', value: 'customers' }, body: 'Hi' };
		const full = NodeHelpers.getNodeParameters(merged, parameters, true, false, node, null)!;
		expect(NodeHelpers.getNodeParametersIssues(merged, { ...node, parameters: full }, null)).toEqual({
			parameters: { listId: ['Not a valid Contact List: give its ID in digits, such as 428'] },
		});
		const country: INodeParameters = { resource: 'pricing', operation: 'get', pricingCountry: { __rl: true, mode: 'id', value: 'Australia' } };
		const countryFull = NodeHelpers.getNodeParameters(merged, country, true, false, node, null)!;
		expect(NodeHelpers.getNodeParametersIssues(merged, { ...node, parameters: countryFull }, null)).toEqual({
			parameters: { pricingCountry: ['Not a valid Country: give a two-letter ISO country code, such as AU'] },
		});
	});
});

describe('every preSend hook of the node is wrapped by preSend()', () => {
	// itemGate.ts holds each item's request until every item of the run arrives at the executor: a hook
	// that rejected would stop its item before it arrives, and the others would wait for it forever.
	test('no raw preSend hook anywhere in the description (operations, fields, options, collections)', () => {
		const found: string[] = [];
		const walk = (value: unknown, path: string) => {
			if (Array.isArray(value)) return value.forEach((entry, index) => walk(entry, `${path}[${index}]`));
			if (value === null || typeof value !== 'object') return;
			for (const [key, child] of Object.entries(value)) {
				if (key === 'preSend' && Array.isArray(child)) child.forEach((hook, index) => found.push(`${path}.preSend[${index}]:${isWrappedPreSend(hook)}`));
				else walk(child, `${path}.${key}`);
			}
		};
		walk(new ClickSend().description.properties, 'properties');
		expect(found.length).toBeGreaterThan(40);
		expect(found.filter((entry) => entry.endsWith(':false'))).toEqual([]);
	});
});
