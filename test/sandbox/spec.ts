/**
 * The ClickSend OpenAPI spec (test/fixtures/clicksend-openapi.yaml), loaded once and indexed.
 *
 * Exposes every documented operation with its normalised route, its documented 200 example and
 * a request schema with the spec's conversion artefacts corrected (see test/fixtures/README.md),
 * a matcher from concrete paths to operations, and ajv-based request-body validation.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse as parseYaml } from 'yaml';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { HTTP_METHODS, PathRouter, normalizeTemplate, type HttpMethod } from './router';

export type { HttpMethod } from './router';

/** Absolute path of the bundled spec. */
export const SPEC_FILE = join(__dirname, '..', 'fixtures', 'clicksend-openapi.yaml');

/** The subset of JSON Schema / OpenAPI schema objects the spec uses. */
export interface JsonSchema {
	type?: string | string[];
	description?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	example?: unknown;
	[keyword: string]: unknown;
}

/** One documented parameter (the spec declares query-template parameters as `in: path`). */
export interface SpecParameter {
	name: string;
	/** Where it really goes: 'path' if it appears in the route, otherwise 'query'. */
	in: 'path' | 'query' | 'header';
	required: boolean;
	example?: string;
	schemaType?: string;
}

/** One method + path of the spec. */
export interface Operation {
	method: HttpMethod;
	/** Route template with the query part and trailing slash stripped, e.g. `/sms/history`. */
	path: string;
	/** The path key exactly as written in the spec, e.g. `/sms/history?date_from={date_from}&date_to={date_to}`. */
	specPath: string;
	/** Names of `{params}` in `path`, in order. */
	pathParams: string[];
	/** Names of parameters templated into the spec path's query part; `{search}=1` yields `search`. */
	queryParams: string[];
	parameters: SpecParameter[];
	/** First tag, e.g. `SMS`, `Contact Lists`. */
	tag: string;
	/** Spec operationId; the summary or `METHOD path` where the spec has none. */
	operationId: string;
	summary: string;
	/** Request schema with artefacts corrected (what the real API expects), if the operation has a JSON body. */
	requestSchema?: JsonSchema;
	/** Request schema as documented ($ref resolved, uncorrected). */
	specRequestSchema?: JsonSchema;
	/** Documented request example (schema `example`, or the first `anyOf` branch's). */
	requestExample?: unknown;
	/** True when the body is `{messages:[<documented schema>]}` although the spec documents one message. */
	messagesArtefact: boolean;
	/** Documented 200 response example (an envelope); shared, so clone before mutating. */
	example?: unknown;
}

/** The loaded spec. */
export interface SpecIndex {
	document: SpecDocument;
	operations: Operation[];
	router: PathRouter<Operation>;
}

interface SpecMediaType {
	schema?: JsonSchema & { $ref?: string };
	example?: unknown;
	examples?: Record<string, { value?: unknown }>;
}

interface SpecOperation {
	operationId?: string;
	summary?: string;
	description?: string;
	tags?: string[];
	parameters?: {
		name: string;
		in: string;
		required?: boolean;
		example?: unknown;
		schema?: { type?: string };
	}[];
	requestBody?: { $ref?: string; content?: Record<string, SpecMediaType> };
	responses?: Record<string, { content?: Record<string, SpecMediaType> }>;
}

/** The parts of the OpenAPI document the sandbox reads. */
export interface SpecDocument {
	info: { title: string; version: string; description?: string };
	paths: Record<string, Partial<Record<Lowercase<HttpMethod>, SpecOperation>>>;
	components?: {
		requestBodies?: Record<string, { content?: Record<string, SpecMediaType> }>;
		schemas?: Record<string, JsonSchema>;
	};
}

const cache = new Map<string, SpecIndex>();

/** Load and index a spec file (memoised per file). Defaults to the bundled ClickSend spec. */
export function loadSpec(file: string = SPEC_FILE): SpecIndex {
	const cached = cache.get(file);
	if (cached) return cached;
	const document = parseYaml(readFileSync(file, 'utf8')) as SpecDocument;
	const operations: Operation[] = [];
	const router = new PathRouter<Operation>();
	for (const [specPath, item] of Object.entries(document.paths)) {
		for (const method of HTTP_METHODS) {
			const raw = item[method.toLowerCase() as Lowercase<HttpMethod>];
			if (!raw) continue;
			const op = buildOperation(document, method, specPath, raw);
			operations.push(op);
			router.add(method, op.path, op);
		}
	}
	const index: SpecIndex = { document, operations, router };
	cache.set(file, index);
	return index;
}

/** All 205 operations of the bundled spec, in spec order. */
export const operations: readonly Operation[] = loadSpec().operations;

/** The documented operation for (method, route template), e.g. ('POST', '/sms/send'). */
export function findOperation(method: string, template: string): Operation | undefined {
	return loadSpec().router.get(method.toUpperCase() as HttpMethod, template);
}

/** A concrete path resolved to its operation and decoded path parameters. */
export interface OperationMatch {
	op: Operation;
	params: Record<string, string>;
}

/**
 * Match (method, concrete path without `/v3` and without query) to an operation.
 * `matchOperation('GET', '/lists/428/contacts')` -> `{ op: GET /lists/{list_id}/contacts, params: { list_id: '428' } }`.
 */
export function matchOperation(method: string, path: string): OperationMatch | undefined {
	const found = loadSpec().router.lookup(method, path);
	return found.kind === 'found' ? { op: found.value, params: found.params } : undefined;
}

function buildOperation(
	doc: SpecDocument,
	method: HttpMethod,
	specPath: string,
	raw: SpecOperation,
): Operation {
	const path = normalizeTemplate(specPath);
	const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
	const queryParams = parseQueryTemplate(specPath);
	const parameters: SpecParameter[] = (raw.parameters ?? []).map((p) => ({
		name: p.name,
		in: pathParams.includes(p.name) ? 'path' : p.in === 'header' ? 'header' : 'query',
		required: p.required === true,
		example: p.example === undefined ? undefined : String(p.example),
		schemaType: p.schema?.type,
	}));
	const media = resolveRequestMedia(doc, raw);
	const specRequestSchema = media?.schema;
	const requestExample = media ? documentedRequestExample(media) : undefined;
	const normalized = specRequestSchema
		? normalizeRequestSchema(specRequestSchema, requestExample, queryParams, raw.description)
		: undefined;
	return {
		method,
		path,
		specPath,
		pathParams,
		queryParams,
		parameters,
		tag: raw.tags?.[0] ?? 'Default',
		operationId: raw.operationId ?? raw.summary ?? `${method} ${path}`,
		summary: raw.summary ?? '',
		requestSchema: normalized?.schema,
		specRequestSchema,
		requestExample,
		messagesArtefact: normalized?.messagesArtefact ?? false,
		example: raw.responses?.['200']?.content?.['application/json']?.examples?.response?.value,
	};
}

/** `?date_from={date_from}&{search}=1` -> `['date_from', 'search']`. */
function parseQueryTemplate(specPath: string): string[] {
	const query = specPath.split('?')[1];
	if (!query) return [];
	return query
		.split('&')
		.map((pair) => pair.split('=')[0])
		.filter((k) => k.length > 0)
		.map((k) => k.replace(/^\{(.+)\}$/, '$1'));
}

function resolveRequestMedia(doc: SpecDocument, raw: SpecOperation): SpecMediaType | undefined {
	let body = raw.requestBody;
	if (!body) return undefined;
	if (body.$ref) body = doc.components?.requestBodies?.[body.$ref.split('/').pop() ?? ''];
	const json = body?.content?.['application/json'];
	if (!json?.schema) return json;
	const ref = json.schema.$ref;
	const schema = ref ? doc.components?.schemas?.[ref.split('/').pop() ?? ''] : json.schema;
	return { ...json, schema };
}

function documentedRequestExample(media: SpecMediaType): unknown {
	if (media.example !== undefined) return media.example;
	const schema = media.schema;
	if (!schema) return undefined;
	if (schema.example !== undefined) return schema.example;
	return schema.anyOf?.find((branch) => branch.example !== undefined)?.example;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Apply `fn` to the schema itself and to each `anyOf` branch. */
function eachVariant(schema: JsonSchema, fn: (s: JsonSchema) => JsonSchema): JsonSchema {
	const own = fn(schema);
	return own.anyOf ? { ...own, anyOf: own.anyOf.map(fn) } : own;
}

/** Remove `required` entries that are really query parameters (e.g. `convert` on /uploads). */
function dropQueryRequired(schema: JsonSchema, queryParams: string[]): JsonSchema {
	if (!schema.required || queryParams.length === 0) return schema;
	return { ...schema, required: schema.required.filter((r) => !queryParams.includes(r)) };
}

/**
 * Remove `required` entries whose own description says they are only conditionally required
 * ("only required when using this feature": `url_to_shorten` of POST /sms-campaigns/send).
 */
function dropConditionalRequired(schema: JsonSchema): JsonSchema {
	if (!schema.required) return schema;
	const conditional = (name: string) => /only required when/i.test(schema.properties?.[name]?.description ?? '');
	return { ...schema, required: schema.required.filter((r) => !conditional(r)) };
}

/**
 * Fields an operation's own description declares "all optional; however at least one of them must
 * be specified" (`POST /lists/{list_id}/contacts`: "`phone_number`, `fax_number` and email`"), in
 * order; empty when it says nothing of the kind.
 */
function documentedOneOf(description: string | undefined): string[] {
	const said = /fields (.+?) are all optional; however at least one of them must be specified/i.exec(description ?? '');
	if (!said) return [];
	return (said[1].match(/[A-Za-z0-9_]+/g) ?? []).filter((word) => word !== 'and');
}

/**
 * Apply {@link documentedOneOf}: the schema's `required` (which lists only `phone_number` on
 * `POST /lists/{list_id}/contacts`) loses those fields and gains `anyOf: [{required: [f]}, ...]`,
 * one branch per field that the schema declares.
 */
function requireDocumentedOneOf(schema: JsonSchema, fields: string[]): JsonSchema {
	const declared = fields.filter((f) => schema.properties?.[f] !== undefined);
	if (declared.length === 0 || schema.anyOf) return schema;
	return {
		...schema,
		required: (schema.required ?? []).filter((r) => !declared.includes(r)),
		anyOf: declared.map((f) => ({ required: [f] })),
	};
}

/** `{'from.email_address_id': S}` -> `{from: {type: object, properties: {email_address_id: S}}}`. */
function nestDottedProperties(schema: JsonSchema): JsonSchema {
	const props = schema.properties;
	if (!props || !Object.keys(props).some((k) => k.includes('.'))) return schema;
	const properties: Record<string, JsonSchema> = {};
	const required = new Set<string>();
	const requiredIn = new Set(schema.required ?? []);
	for (const [key, value] of Object.entries(props)) {
		const dot = key.indexOf('.');
		if (dot < 0) {
			properties[key] = value;
			if (requiredIn.has(key)) required.add(key);
			continue;
		}
		const parent = key.slice(0, dot);
		const child = key.slice(dot + 1);
		const nested: JsonSchema = properties[parent] ?? {
			type: 'object',
			properties: {},
			required: [],
		};
		nested.properties = { ...nested.properties, [child]: value };
		if (requiredIn.has(key)) {
			nested.required = [...(nested.required ?? []), child];
			required.add(parent);
		}
		properties[parent] = nested;
	}
	return { ...schema, properties, required: [...required] };
}

/**
 * The send-endpoint artefact: the schema documents one message but the example posts
 * `{messages:[...]}`. Keys the example keeps at the top level stay there, the rest move into
 * `messages.items`; `to` becomes optional when `list_id` is given.
 */
function wrapMessages(schema: JsonSchema, example: Record<string, unknown>): JsonSchema {
	const topKeys = new Set(Object.keys(example).filter((k) => k !== 'messages'));
	const required = schema.required ?? [];
	const topProps: Record<string, JsonSchema> = {};
	const itemProps: Record<string, JsonSchema> = {};
	for (const [key, value] of Object.entries(schema.properties ?? {})) {
		if (key === 'messages') continue;
		(topKeys.has(key) ? topProps : itemProps)[key] = value;
	}
	let itemRequired = required.filter((r) => r in itemProps);
	const item: JsonSchema = { type: 'object', properties: itemProps };
	if (itemRequired.includes('to') && 'list_id' in itemProps) {
		itemRequired = itemRequired.filter((r) => r !== 'to');
		item.anyOf = [{ required: ['to'] }, { required: ['list_id'] }];
	}
	item.required = itemRequired;
	const messages: JsonSchema = {
		type: 'array',
		description: schema.properties?.messages?.description ?? 'Your messages.',
		items: item,
	};
	return {
		...schema,
		properties: { ...topProps, messages },
		required: [...required.filter((r) => r in topProps), 'messages'],
	};
}

function isMessagesArtefact(
	schema: JsonSchema,
	example: unknown,
): example is Record<string, unknown> {
	if (!isObject(example) || !Array.isArray(example.messages)) return false;
	const declared = schema.properties?.messages;
	return !declared || !declared.items || !declared.items.properties;
}

function normalizeRequestSchema(
	raw: JsonSchema,
	example: unknown,
	queryParams: string[],
	description?: string,
): { schema: JsonSchema; messagesArtefact: boolean } {
	let schema = structuredClone(raw);
	delete schema.example;
	schema = eachVariant(schema, (s) => nestDottedProperties(dropConditionalRequired(dropQueryRequired(s, queryParams))));
	schema = requireDocumentedOneOf(schema, documentedOneOf(description));
	const messagesArtefact = isMessagesArtefact(schema, example);
	if (messagesArtefact) schema = wrapMessages(schema, example as Record<string, unknown>);
	return { schema, messagesArtefact };
}

/** Result of {@link validateRequestBody}. */
export interface BodyValidation {
	/** True when the body satisfies the (corrected) request schema. */
	valid: boolean;
	/** Missing required fields as paths, e.g. `['messages[1].to', 'from.email_address_id']`. */
	missing: string[];
	/** Every ajv error (types included); the sandbox rejects only on `missing`. */
	errors: ErrorObject[];
}

const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
addFormats(ajv);
const validators = new WeakMap<Operation, ValidateFunction>();

function validatorFor(op: Operation, schema: JsonSchema): ValidateFunction {
	let validate = validators.get(op);
	if (!validate) {
		validate = ajv.compile(schema);
		validators.set(op, validate);
	}
	return validate;
}

function fieldPath(instancePath: string, property: string): string {
	const parts = instancePath.split('/').filter((p) => p.length > 0);
	let out = '';
	for (const part of [...parts, property])
		out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
	return out;
}

/** Reduce ajv `required` errors to field paths; for a failed `anyOf`, report its smallest branch. */
function missingFields(errors: ErrorObject[]): string[] {
	const missing: string[] = [];
	const branches = new Map<string, Map<number, string[]>>();
	for (const err of errors) {
		if (err.keyword !== 'required') continue;
		const field = fieldPath(
			err.instancePath,
			String((err.params as { missingProperty: string }).missingProperty),
		);
		const anyOf = /^(.*)\/anyOf\/(\d+)\/[^/]+$/.exec(err.schemaPath);
		if (!anyOf) {
			missing.push(field);
			continue;
		}
		const key = `${err.instancePath}|${anyOf[1]}`;
		const group = branches.get(key) ?? new Map<number, string[]>();
		const branch = Number(anyOf[2]);
		group.set(branch, [...(group.get(branch) ?? []), field]);
		branches.set(key, group);
	}
	for (const group of branches.values()) {
		const smallest = [...group.entries()].sort(
			(a, b) => a[1].length - b[1].length || a[0] - b[0],
		)[0];
		missing.push(...smallest[1]);
	}
	return [...new Set(missing)];
}

/**
 * Validate a request body against the operation's corrected request schema.
 * `body` is parsed JSON or a form object; anything else (absent, raw string) counts as `{}`.
 * Unknown properties are allowed; nothing is coerced.
 */
export function validateRequestBody(op: Operation, body: unknown): BodyValidation {
	if (!op.requestSchema) return { valid: true, missing: [], errors: [] };
	const target = isObject(body) || Array.isArray(body) ? body : {};
	const validate = validatorFor(op, op.requestSchema);
	if (validate(target)) return { valid: true, missing: [], errors: [] };
	const errors = validate.errors ?? [];
	return { valid: false, missing: missingFields(errors), errors };
}

function synthesize(schema: JsonSchema | undefined): unknown {
	if (!schema) return 'test';
	if (schema.anyOf?.length && !schema.properties) return synthesize(schema.anyOf[0]);
	const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
	switch (type) {
		case 'array':
			return [];
		case 'number':
		case 'integer':
			return 1;
		case 'boolean':
			return true;
		case 'object':
		case undefined: {
			if (type === undefined && !schema.properties) return 'test';
			const out: Record<string, unknown> = {};
			for (const name of schema.required ?? []) out[name] = synthesize(schema.properties?.[name]);
			return out;
		}
		default:
			return 'test';
	}
}

/**
 * A valid request body for the operation: a deep clone of the documented example, or one
 * synthesised from the corrected schema's required fields ('test', 1, true, []). Undefined when
 * the operation takes no JSON body.
 */
export function exampleRequestBody(op: Operation): unknown {
	if (op.requestExample !== undefined) return structuredClone(op.requestExample);
	return op.requestSchema ? synthesize(op.requestSchema) : undefined;
}

/** Documented example values for path and query parameters ('1' where the spec gives none). */
export function exampleParameters(op: Operation): {
	path: Record<string, string>;
	query: Record<string, string>;
} {
	const path: Record<string, string> = {};
	const query: Record<string, string> = {};
	for (const name of op.pathParams)
		path[name] = op.parameters.find((p) => p.name === name)?.example ?? '1';
	for (const name of op.queryParams)
		query[name] = op.parameters.find((p) => p.name === name)?.example ?? '1';
	return { path, query };
}

/** Fill a route template: `fillPath('/lists/{list_id}', {list_id: 428})` -> `/lists/428` (values URI-encoded). */
export function fillPath(template: string, params: Record<string, string | number>): string {
	return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`Missing path parameter ${name} for ${template}`);
		return encodeURIComponent(String(value));
	});
}
