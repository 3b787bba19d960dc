import type { INodeProperties, INodeRequestSend } from 'n8n-workflow';

import { executeListRequest, MAX_PAGE_SIZE } from './transport';
import { INVISIBLE_MARKS } from './text';
import { flagToNumber, queryText } from './validation';

/** The invisible characters of {@link INVISIBLE_MARKS} as the inside of a regex character class. */
const INVISIBLE_CLASS = INVISIBLE_MARKS.source.slice(1, -1);

/** `displayOptions.show` for one resource/operation pair. */
export function showFor(resource: string, operation: string | string[]) {
	return { resource: [resource], operation: Array.isArray(operation) ? operation : [operation] };
}

/**
 * A field sent as the request body property `property`: a text field (default '') unless `extra`
 * says otherwise (type, default, required, displayOptions, description, …).
 */
export function bodyField(displayName: string, name: string, property: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return { displayName, name, type: 'string', default: '', routing: { send: { type: 'body', property } }, ...extra } as INodeProperties;
}

/**
 * `routing.send` of a boolean field sent as ClickSend's 0/1 flag at body path `property`: the value
 * as set, then made 0 or 1 by a preSend hook ({@link flagToNumber}), so that the text "false" from
 * an expression is 0 and "yes" an error naming `label`, before any request.
 */
export function flagSend(property: string, label: string): INodeRequestSend {
	return { type: 'body', property, preSend: [flagToNumber(property, label)] };
}

/**
 * Return All + Limit for a ClickSend list operation. Return All wires the list executor
 * (page/limit pagination keeping every filter); Limit caps the rows (any Limit from 1: pages are
 * fetched at 15..100 rows and trimmed).
 */
export function returnAllAndLimit(resource: string, operation: string): INodeProperties[] {
	const show = showFor(resource, operation);
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			displayOptions: { show },
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			routing: { operations: { pagination: executeListRequest } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { ...show, returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			// n8n's RoutingNode splices each item's output at maxResults, after the list executor has
			// applied the Limit: only a whole number from 1 is passed on, so that a bad Limit's linked
			// error item (Continue On Fail) is not spliced away by splice(-3) or splice("ten"). n8n
			// applies it also when Return All is set by an expression (this field then counts as shown):
			// 0 (no splice) when that gives true, 1 or their texts, as the list executor reads it.
			routing: {
				output: {
					maxResults:
						'={{ ["true", "1"].includes(String($parameter.returnAll).trim().toLowerCase()) ? 0 : Number.isInteger(Number($value)) && Number($value) > 0 ? Number($value) : 0 }}',
				},
			},
		},
	];
}

/** Largest page size, re-exported for descriptions that document it. */
export const PAGE_SIZE = MAX_PAGE_SIZE;

/**
 * A query filter sent only when set (the list executor drops empty values).
 * `property` is ClickSend's query parameter name; a text filter must be text ({@link queryText}).
 */
export function queryField(field: Omit<INodeProperties, 'routing'>, property: string): INodeProperties {
	const preSend = field.type === 'string' ? [queryText(property, field.displayName)] : undefined;
	return { ...field, routing: { send: { type: 'query', property, ...(preSend ? { preSend } : {}) } } } as INodeProperties;
}

/**
 * The search/sort filters most ClickSend list endpoints accept (API docs, "Searching and Sorting"):
 * `q` (`field:value,field2:value`, case-insensitive), `order_by` (`field:asc|desc`), `operator`.
 */
export const searchFilterOptions: INodeProperties[] = [
	queryField(
		{
			displayName: 'Search',
			name: 'q',
			type: 'string',
			default: '',
			placeholder: 'first_name:john,last_name:smith',
			description: 'ClickSend search: comma-separated field:value pairs, not case-sensitive',
		},
		'q',
	),
	queryField(
		{
			displayName: 'Search Operator',
			name: 'operator',
			type: 'options',
			options: [
				{ name: 'All Terms Match (AND)', value: 'AND' },
				{ name: 'Any Term Matches (OR)', value: 'OR' },
			],
			default: 'AND',
			description: 'How several search terms combine',
		},
		'operator',
	),
	queryField(
		{
			displayName: 'Order By',
			name: 'order_by',
			type: 'string',
			default: '',
			placeholder: 'date:desc',
			description: 'Sort as field:asc or field:desc',
		},
		'order_by',
	),
];

/** Options of {@link locatorField}. */
export interface LocatorOptions {
	displayName: string;
	/** Parameter name; also the `{name}` placeholder it fills in routing URLs. */
	name: string;
	/** `methods.listSearch` function name that lists the choices. */
	searchListMethod: string;
	/** What the ID looks like (regex source), e.g. `[0-9]+`. Default digits. */
	idPattern?: string;
	/** What to give instead of a wrong ID, for its error; default "its ID in digits, such as <placeholder>". */
	idHint?: string;
	/** An example ID; default `428`. */
	placeholder?: string;
	description?: string;
	required?: boolean;
	displayOptions?: INodeProperties['displayOptions'];
	/** Where the value goes when it is not a `{name}` URL placeholder (e.g. a body property). */
	routing?: INodeProperties['routing'];
}

/**
 * A resource locator: "From List" (searchable, paginated dropdown from ClickSend) or "By ID".
 * Its value fills `{name}` in routing URLs (shared executor) or can be sent with `routing.send`.
 */
export function locatorField(options: LocatorOptions): INodeProperties {
	const idPattern = options.idPattern ?? '[0-9]+';
	const example = options.placeholder ?? '428';
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		displayOptions: options.displayOptions,
		...(options.routing ? { routing: options.routing } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: example,
				validation: [
					{
						type: 'regex',
						properties: {
							// Spaces and the invisible characters copied along with an ID around it: the request reads the ID without them.
							regex: `^[\\s${INVISIBLE_CLASS}]*${idPattern}[\\s${INVISIBLE_CLASS}]*$`,
							// Shown in the editor beside the field, and by n8n when it refuses to run the workflow.
							errorMessage: `Not a valid ${options.displayName}: give ${options.idHint ?? `its ID in digits, such as ${example}`}`,
						},
					},
				],
			},
		],
	};
}
