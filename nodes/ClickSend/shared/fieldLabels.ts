import type { INode, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

/** The node's fields by parameter name (several per name: one per resource/operation that shows it). */
const fieldsByName = new Map<string, INodeProperties[]>();

/**
 * Makes the node's fields known to {@link fieldLabel}: called once with the ClickSend node's
 * properties when its module loads.
 */
export function registerFieldLabels(properties: INodeProperties[]): void {
	for (const property of properties) {
		const list = fieldsByName.get(property.name) ?? [];
		list.push(property);
		fieldsByName.set(property.name, list);
	}
}

/**
 * How errors name a parameter: the display name of the field the editor shows for the node's
 * resource and operation ("listId" is "Contact List" on Contact List → Get, "To Contact List" when
 * copying), else the name in words ("listId" → "List ID").
 */
export function fieldLabel(node: INode, name: string): string {
	for (const property of fieldsByName.get(name) ?? []) {
		if (NodeHelpers.displayParameter(node.parameters, property, node, null)) return property.displayName;
	}
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_]+/);
	return words.map((w) => (w.toLowerCase() === 'id' ? 'ID' : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}
