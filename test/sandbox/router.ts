/**
 * Path-template router shared by the spec index and the sandbox server.
 *
 * Templates look like ClickSend's documented paths: `/lists/{list_id}/contacts/{contact_id}`.
 * Matching is per segment; at every segment a static segment beats a parameter, so
 * `/reseller/accounts` wins over `/reseller/{subdomain}` (same precedence as find-my-way).
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** Result of matching a concrete path against one template. */
export interface TemplateMatch<T> {
	/** The normalised template, e.g. `/lists/{list_id}`. */
	template: string;
	/** Decoded path parameters by name, e.g. `{ list_id: '428' }`. */
	params: Record<string, string>;
	/** Values registered per method for this template. */
	methods: ReadonlyMap<HttpMethod, T>;
}

/** Outcome of resolving (method, path): a hit, a known path with another method (405), or nothing (404). */
export type RouteLookup<T> =
	| { kind: 'found'; template: string; params: Record<string, string>; value: T }
	| { kind: 'method-not-allowed'; allowed: HttpMethod[] }
	| { kind: 'not-found' };

interface CompiledTemplate<T> {
	template: string;
	segments: string[];
	/** Parameter name per segment, or undefined for a static segment. */
	paramNames: (string | undefined)[];
	methods: Map<HttpMethod, T>;
}

/**
 * Normalise a documented path into a template: drops the query part (`?a={a}`), a trailing
 * slash and duplicate slashes. `/automations/sms/inbound/` -> `/automations/sms/inbound`.
 */
export function normalizeTemplate(path: string): string {
	const noQuery = path.split('?')[0];
	const collapsed = noQuery.replace(/\/{2,}/g, '/');
	const trimmed = collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed;
	return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** Normalise a concrete request path the same way as {@link normalizeTemplate}. */
export const normalizePath = normalizeTemplate;

function splitSegments(path: string): string[] {
	return path === '/' ? [] : path.slice(1).split('/');
}

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** Sort key: earlier static segments rank first. */
function compareSpecificity<T>(a: CompiledTemplate<T>, b: CompiledTemplate<T>): number {
	for (let i = 0; i < a.segments.length; i++) {
		const aParam = a.paramNames[i] !== undefined ? 1 : 0;
		const bParam = b.paramNames[i] !== undefined ? 1 : 0;
		if (aParam !== bParam) return aParam - bParam;
	}
	return 0;
}

/** Template router storing one value of type T per (method, template). */
export class PathRouter<T> {
	private readonly byTemplate = new Map<string, CompiledTemplate<T>>();
	private readonly statics = new Map<string, CompiledTemplate<T>>();
	/** Parametric templates grouped by segment count, kept sorted by specificity. */
	private readonly parametric = new Map<number, CompiledTemplate<T>[]>();

	/** Register `value` for `method` on `template`; throws if that pair is already taken. */
	add(method: HttpMethod, template: string, value: T): void {
		const normalized = normalizeTemplate(template);
		let compiled = this.byTemplate.get(normalized);
		if (!compiled) {
			const segments = splitSegments(normalized);
			const paramNames = segments.map((s) => /^\{([^}]+)\}$/.exec(s)?.[1]);
			compiled = { template: normalized, segments, paramNames, methods: new Map() };
			this.byTemplate.set(normalized, compiled);
			if (paramNames.every((p) => p === undefined)) {
				this.statics.set(normalized, compiled);
			} else {
				const group = this.parametric.get(segments.length) ?? [];
				group.push(compiled);
				group.sort(compareSpecificity);
				this.parametric.set(segments.length, group);
			}
		}
		if (compiled.methods.has(method)) {
			throw new Error(`Route already registered: ${method} ${normalized}`);
		}
		compiled.methods.set(method, value);
	}

	/** True when (method, template) is registered. */
	has(method: HttpMethod, template: string): boolean {
		return this.byTemplate.get(normalizeTemplate(template))?.methods.has(method) ?? false;
	}

	/** The value registered for (method, template), if any. */
	get(method: HttpMethod, template: string): T | undefined {
		return this.byTemplate.get(normalizeTemplate(template))?.methods.get(method);
	}

	/** Every template matching a concrete path, most specific first. */
	matchAll(path: string): TemplateMatch<T>[] {
		const normalized = normalizePath(path);
		const out: TemplateMatch<T>[] = [];
		const exact = this.statics.get(normalized);
		if (exact) out.push({ template: exact.template, params: {}, methods: exact.methods });
		const segments = splitSegments(normalized);
		for (const candidate of this.parametric.get(segments.length) ?? []) {
			const params: Record<string, string> = {};
			let ok = true;
			for (let i = 0; i < segments.length; i++) {
				const name = candidate.paramNames[i];
				if (name === undefined) {
					if (candidate.segments[i] !== segments[i]) {
						ok = false;
						break;
					}
				} else {
					if (segments[i] === '') {
						ok = false;
						break;
					}
					params[name] = decodeSegment(segments[i]);
				}
			}
			if (ok) out.push({ template: candidate.template, params, methods: candidate.methods });
		}
		return out;
	}

	/** Resolve (method, concrete path) to the most specific template that has the method. */
	lookup(method: string, path: string): RouteLookup<T> {
		const matches = this.matchAll(path);
		const upper = method.toUpperCase() as HttpMethod;
		for (const m of matches) {
			const value = m.methods.get(upper);
			if (value !== undefined)
				return { kind: 'found', template: m.template, params: m.params, value };
		}
		if (matches.length === 0) return { kind: 'not-found' };
		const allowed = new Set<HttpMethod>();
		for (const m of matches) for (const k of m.methods.keys()) allowed.add(k);
		return { kind: 'method-not-allowed', allowed: [...allowed] };
	}

	/** All registered (method, template) pairs. */
	*entries(): IterableIterator<{ method: HttpMethod; template: string; value: T }> {
		for (const compiled of this.byTemplate.values()) {
			for (const [method, value] of compiled.methods)
				yield { method, template: compiled.template, value };
		}
	}
}
