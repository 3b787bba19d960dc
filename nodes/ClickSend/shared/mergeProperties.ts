import type { INodeProperties } from 'n8n-workflow';

/**
 * One node for the whole API repeats many identical fields per operation (Return All and Limit
 * 44 times each, the postal address fields, Rule ID, …). n8n walks every top-level property
 * several times per execution (`getNodeParameters`, parameter issues) and per editor change, so
 * {@link mergeSharedProperties} folds the copies into one property shown for all their
 * resource/operation pairs. The source files keep one operation per file; only the assembled
 * description is merged.
 */

/** A (resource, operation) pair: one screen of the editor. */
type View = string;
const viewOf = (resource: string, operation: string): View => `${resource}\u0000${operation}`;

/** `displayOptions.show.resource` and `.operation` when both are lists of values, else undefined. */
function pairsShown(property: INodeProperties): { resources: string[]; operations: string[] } | undefined {
	const show = property.displayOptions?.show;
	const resources = show?.resource;
	const operations = show?.operation;
	if (!Array.isArray(resources) || !Array.isArray(operations)) return undefined;
	if (![...resources, ...operations].every((value) => typeof value === 'string')) return undefined;
	return { resources: resources as string[], operations: operations as string[] };
}

/**
 * Folds top-level properties that are the same in everything but the resources and operations of
 * their `displayOptions.show` (functions such as preSend hooks compared by identity) into one
 * property per set of operations shown for the same resources: `show: { resource: R, operation: O }`
 * covers exactly the pairs the copies covered. The order is then chosen so that every
 * resource/operation screen lists its fields in the same order as before; if no order can keep
 * every screen's order, the properties are returned unmerged.
 * @returns a new array (the input is not changed; merged properties are shallow copies).
 */
export function mergeSharedProperties(properties: INodeProperties[]): INodeProperties[] {
	const functionIds = new Map<unknown, number>();
	const keyOf = (property: INodeProperties) => {
		const show = { ...property.displayOptions?.show };
		delete show.resource;
		delete show.operation;
		return JSON.stringify({ ...property, displayOptions: { ...property.displayOptions, show } }, (_key, value: unknown) => {
			if (typeof value !== 'function') return value;
			if (!functionIds.has(value)) functionIds.set(value, functionIds.size);
			return `function#${functionIds.get(value)}`;
		});
	};

	// Entries of the merged list: the property, and per screen it shows on, the index its copy had.
	type Entry = { property: INodeProperties; first: number; indexIn: Map<View, number> | undefined };
	const entries: Entry[] = [];
	const groups = new Map<string, number[]>();
	properties.forEach((property, index) => {
		if (!pairsShown(property)) {
			entries.push({ property, first: index, indexIn: undefined });
			return;
		}
		const key = keyOf(property);
		const group = groups.get(key);
		if (group) group.push(index);
		else groups.set(key, [index]);
	});
	for (const members of groups.values()) {
		// Per operation, the resources it is shown for (and which copy shows each pair).
		const byOperation = new Map<string, Map<string, number>>();
		for (const index of members) {
			const { resources, operations } = pairsShown(properties[index])!;
			for (const operation of operations) {
				const shownFor = byOperation.get(operation) ?? new Map<string, number>();
				byOperation.set(operation, shownFor);
				for (const resource of resources) if (!shownFor.has(resource)) shownFor.set(resource, index);
			}
		}
		// Operations shown for the same resources share one property.
		const merged = new Map<string, { resources: string[]; operations: string[]; indexIn: Map<View, number> }>();
		for (const [operation, shownFor] of byOperation) {
			const resources = [...shownFor.keys()];
			const key = JSON.stringify([...resources].sort());
			const target = merged.get(key) ?? { resources, operations: [], indexIn: new Map<View, number>() };
			merged.set(key, target);
			target.operations.push(operation);
			for (const [resource, index] of shownFor) target.indexIn.set(viewOf(resource, operation), index);
		}
		for (const { resources, operations, indexIn } of merged.values()) {
			const original = properties[Math.min(...indexIn.values())];
			const property: INodeProperties =
				members.length === 1 && merged.size === 1
					? original
					: { ...original, displayOptions: { ...original.displayOptions, show: { ...original.displayOptions!.show, resource: resources, operation: operations } } };
			entries.push({ property, first: Math.min(...indexIn.values()), indexIn });
		}
	}

	// Every screen's fields in their old order: consecutive fields of a screen must stay in that order.
	const views = new Set<View>();
	for (const entry of entries) for (const view of entry.indexIn?.keys() ?? []) views.add(view);
	const after = entries.map(() => new Set<number>());
	const before = entries.map(() => 0);
	for (const view of views) {
		const [resource, operation] = view.split('\u0000');
		const shown: Array<{ entry: number; index: number }> = [];
		entries.forEach((entry, position) => {
			if (entry.indexIn) {
				const index = entry.indexIn.get(view);
				if (index !== undefined) shown.push({ entry: position, index });
				return;
			}
			const show = entry.property.displayOptions?.show;
			const resources = show?.resource;
			const operations = show?.operation;
			if (Array.isArray(resources) && !resources.includes(resource)) return;
			if (Array.isArray(operations) && !operations.includes(operation)) return;
			shown.push({ entry: position, index: entry.first });
		});
		shown.sort((x, y) => x.index - y.index);
		for (let i = 1; i < shown.length; i++) {
			const [from, to] = [shown[i - 1].entry, shown[i].entry];
			if (!after[from].has(to)) {
				after[from].add(to);
				before[to]++;
			}
		}
	}
	// Topological order, earliest original position first among the fields that are free to go.
	const order: INodeProperties[] = [];
	const ready = entries.map((_, position) => position).filter((position) => before[position] === 0);
	while (ready.length > 0) {
		ready.sort((x, y) => entries[x].first - entries[y].first);
		const next = ready.shift()!;
		order.push(entries[next].property);
		for (const to of after[next]) if (--before[to] === 0) ready.push(to);
	}
	return order.length === entries.length ? order : properties.slice();
}
