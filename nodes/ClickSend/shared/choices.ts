import type { INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { choiceProblem, convertAtPath, InvalidFieldError } from './validation';

/**
 * n8n sends an options field's value as an expression gives it, unchecked: "anywhere" for a Match
 * that takes 0, 1 or 2, or "url" for an Action that takes "URL". These checks make such a value
 * one of the field's options or the item's error, before any request.
 */

/**
 * The option `value` stands for: an option's value as it is, or (from an expression) its value or
 * its name in any case, spaces around it ignored (`"url"` → `"URL"`, `"1"` → `1`, `"Ends With"` → `2`).
 * @throws InvalidFieldError naming `field` and the allowed values for anything else.
 */
export function choiceValue(value: unknown, field: string, options: readonly INodePropertyOptions[]): INodePropertyOptions['value'] {
	if (options.some((option) => option.value === value)) return value as INodePropertyOptions['value'];
	if (typeof value === 'string' || typeof value === 'number') {
		const text = String(value).trim().toLowerCase();
		const match = options.find((option) => String(option.value).toLowerCase() === text || option.name.toLowerCase() === text);
		if (match) return match.value;
	}
	const allowed = options.map((option) => `${JSON.stringify(option.value)} (${option.name})`).join(', ');
	throw new InvalidFieldError(field, choiceProblem(value, `one of ${allowed}`));
}

/**
 * The option values a multi-choice field stands for ({@link choiceValue} for each): a list, one
 * value, or (from an expression) text of values separated by commas (`"phone_number, email"`).
 * @throws InvalidFieldError naming `field` and the allowed values for any element that is not an option.
 */
export function choiceValues(value: unknown, field: string, options: readonly INodePropertyOptions[]): Array<INodePropertyOptions['value']> {
	const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').filter((part) => part.trim() !== '') : value === undefined || value === null ? [] : [value];
	return values.map((element) => choiceValue(element, field, options));
}

/**
 * preSend hook of an options field routed to `location` (`body` or `qs`) at `property` (a path
 * such as `messages[0].voice`): the value sent there becomes an option's value ({@link choiceValue});
 * for a multi-choice field (`multiple`), a list of them ({@link choiceValues}).
 * Nothing happens when the request has no such property (the field is not set).
 * @throws InvalidFieldError naming the field for a value that is not one of its options.
 */
export function checkChoice(location: 'body' | 'qs', property: string, field: string, options: readonly INodePropertyOptions[], multiple = false): PreSendAction {
	const key = JSON.stringify(['choice', field, multiple, options.map((option) => [option.value, option.name])]);
	return convertAtPath(key, location, property, (value) =>
		value === undefined ? undefined : multiple ? choiceValues(value, field, options) : choiceValue(value, field, options),
	);
}

/**
 * Gives every options and multi-options field with a fixed list of options that is sent as it is (`routing.send` to
 * the body or query, without a computed `value`) a {@link checkChoice} hook, in collections too.
 * Changes the properties in place (each once) and returns them.
 */
export function addChoiceChecks(properties: INodeProperties[]): INodeProperties[] {
	const done = new WeakSet<INodeProperties>();
	const visit = (property: INodeProperties) => {
		if (done.has(property)) return;
		done.add(property);
		if (property.type === 'collection') for (const option of (property.options ?? []) as INodeProperties[]) visit(option);
		const send = property.routing?.send;
		if ((property.type !== 'options' && property.type !== 'multiOptions') || !send?.property || send.value !== undefined) return;
		if (send.type !== 'body' && send.type !== 'query') return;
		const options = (property.options ?? []) as INodePropertyOptions[];
		if (options.length === 0) return;
		const hook = checkChoice(send.type === 'body' ? 'body' : 'qs', send.property, property.displayName, options, property.type === 'multiOptions');
		if (!send.preSend?.includes(hook)) send.preSend = [...(send.preSend ?? []), hook];
	};
	properties.forEach(visit);
	return properties;
}
