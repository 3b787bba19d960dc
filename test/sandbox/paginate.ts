/**
 * ClickSend list semantics: `page`/`limit` paging, `q` search, `operator`, `order_by`.
 *
 * - `page` default 1; `limit` default 15, clamped into 15..100.
 * - `q=field:value,field2:value`: case-insensitive substring match per field (values trimmed,
 *   so an unencoded `+` that arrives as a space still matches), combined with `operator=AND|OR`
 *   (default AND).
 * - `order_by=field:asc|desc[,field2:dir]`: numeric when both values are numeric (also numeric
 *   strings such as `"1436932432"`), else case-insensitive string order; stable, nulls last.
 */

/** Parsed query string (Fastify's shape). */
export type Query = Record<string, string | string[] | undefined>;

/** Anything indexable with a length; arrays qualify, as do the cheap views below. */
export interface RowSource<T> {
	readonly length: number;
	at(index: number): T | undefined;
}

/** The paged `data` object of every ClickSend list response. */
export interface Page<T> {
	total: number;
	per_page: number;
	current_page: number;
	last_page: number;
	next_page_url: string | null;
	prev_page_url: string | null;
	from: number | null;
	to: number | null;
	data: T[];
}

export const DEFAULT_LIMIT = 15;
export const MIN_LIMIT = 15;
export const MAX_LIMIT = 100;

/** First value of a query parameter. */
export function queryValue(query: Query, name: string): string | undefined {
	const v = query[name];
	return Array.isArray(v) ? v[0] : v;
}

/** `page` (>= 1) and `limit` (clamped 15..100) from the query. */
export function pageParams(query: Query): { page: number; limit: number } {
	const rawPage = Number.parseInt(queryValue(query, 'page') ?? '', 10);
	const rawLimit = Number.parseInt(queryValue(query, 'limit') ?? '', 10);
	const page = Number.isFinite(rawPage) && rawPage >= 1 ? rawPage : 1;
	const limit = Number.isFinite(rawLimit)
		? Math.min(MAX_LIMIT, Math.max(MIN_LIMIT, rawLimit))
		: DEFAULT_LIMIT;
	return { page, limit };
}

interface SearchTerm {
	field: string;
	needle: string;
}

/** `q=to:+614,status:sent` -> terms; undefined when absent or empty. */
export function parseSearch(query: Query): { terms: SearchTerm[]; any: boolean } | undefined {
	const q = queryValue(query, 'q');
	if (!q) return undefined;
	const terms: SearchTerm[] = [];
	for (const part of q.split(',')) {
		const colon = part.indexOf(':');
		if (colon <= 0) continue;
		terms.push({
			field: part.slice(0, colon).trim(),
			needle: part
				.slice(colon + 1)
				.trim()
				.toLowerCase(),
		});
	}
	if (terms.length === 0) return undefined;
	return { terms, any: (queryValue(query, 'operator') ?? 'AND').trim().toUpperCase() === 'OR' };
}

interface SortKey {
	field: string;
	desc: boolean;
}

/** `order_by=date:desc,to:asc` -> sort keys; undefined when absent. */
export function parseOrderBy(query: Query): SortKey[] | undefined {
	const raw = queryValue(query, 'order_by');
	if (!raw) return undefined;
	const keys = raw
		.split(',')
		.map((part) => {
			const [field, dir] = part.split(':');
			return { field: (field ?? '').trim(), desc: (dir ?? '').trim().toLowerCase() === 'desc' };
		})
		.filter((k) => k.field.length > 0);
	return keys.length ? keys : undefined;
}

function fieldValue(row: unknown, field: string): unknown {
	if (typeof row !== 'object' || row === null) return undefined;
	const record = row as Record<string, unknown>;
	if (field in record || !field.includes('.')) return record[field];
	let cur: unknown = row;
	for (const part of field.split('.')) {
		if (typeof cur !== 'object' || cur === null) return undefined;
		cur = (cur as Record<string, unknown>)[part];
	}
	return cur;
}

function matchesSearch(row: unknown, search: { terms: SearchTerm[]; any: boolean }): boolean {
	const test = (t: SearchTerm): boolean => {
		const v = fieldValue(row, t.field);
		return (
			v !== undefined &&
			String(v ?? '')
				.toLowerCase()
				.includes(t.needle)
		);
	};
	return search.any ? search.terms.some(test) : search.terms.every(test);
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

function compareValues(a: unknown, b: unknown): number {
	const aNull = a === null || a === undefined;
	const bNull = b === null || b === undefined;
	if (aNull || bNull) return aNull === bNull ? 0 : aNull ? 1 : -1;
	const aNum =
		typeof a === 'number' ? a : typeof a === 'string' && NUMERIC.test(a) ? Number(a) : NaN;
	const bNum =
		typeof b === 'number' ? b : typeof b === 'string' && NUMERIC.test(b) ? Number(b) : NaN;
	if (!Number.isNaN(aNum) && !Number.isNaN(bNum)) return aNum - bNum;
	const aStr = String(a).toLowerCase();
	const bStr = String(b).toLowerCase();
	return aStr < bStr ? -1 : aStr > bStr ? 1 : 0;
}

function sortRows<T>(rows: T[], keys: SortKey[]): void {
	rows.sort((x, y) => {
		for (const k of keys) {
			const c = compareValues(fieldValue(x, k.field), fieldValue(y, k.field));
			if (c !== 0) return k.desc ? -c : c;
		}
		return 0;
	});
}

function pageUrl(urlPath: string, query: Query, page: number): string {
	const params = new URLSearchParams();
	params.set('page', String(page));
	for (const [key, value] of Object.entries(query)) {
		if (key === 'page' || value === undefined) continue;
		for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
	}
	return `${urlPath}?${params.toString()}`;
}

/** Options of {@link paginate}. */
export interface PaginateOptions {
	/**
	 * Apply `q`/`order_by` to the stored rows instead of the mapped ones (faster on large stores;
	 * use when stored rows carry the same field names as the response rows).
	 */
	searchStored?: boolean;
}

/**
 * Page `rows` the ClickSend way. `urlPath` is the absolute URL of the list without query
 * (e.g. `http://127.0.0.1:4000/v3/sms/history`); page URLs keep the other query parameters.
 * `map` turns a stored row into its response shape; `q` and `order_by` apply to mapped rows
 * (or stored rows with `searchStored`). Without `q`/`order_by` only the requested page is
 * mapped, so the cost is O(page).
 */
export function paginate<T, O = T>(
	rows: RowSource<T>,
	query: Query,
	urlPath: string,
	map?: (row: T) => O,
	options: PaginateOptions = {},
): Page<O> {
	const { page, limit } = pageParams(query);
	const search = parseSearch(query);
	const order = parseOrderBy(query);
	const project = map ?? ((row: T) => row as unknown as O);
	let source: RowSource<T | O> = rows;
	let mapped = false;
	if (search || order) {
		const selected: (T | O)[] = [];
		for (let i = 0; i < rows.length; i++) {
			const row = rows.at(i) as T;
			const candidate = options.searchStored ? row : project(row);
			if (!search || matchesSearch(candidate, search)) selected.push(candidate);
		}
		if (order) sortRows(selected, order);
		source = selected;
		mapped = !options.searchStored;
	}
	const total = source.length;
	const lastPage = Math.max(1, Math.ceil(total / limit));
	const start = (page - 1) * limit;
	const end = Math.min(total, start + limit);
	const data: O[] = [];
	for (let i = start; i < end; i++) {
		const row = source.at(i);
		data.push(mapped ? (row as O) : project(row as T));
	}
	return {
		total,
		per_page: limit,
		current_page: page,
		last_page: lastPage,
		next_page_url: page < lastPage ? pageUrl(urlPath, query, page + 1) : null,
		prev_page_url: page > 1 ? pageUrl(urlPath, query, page - 1) : null,
		from: data.length ? start + 1 : null,
		to: data.length ? start + data.length : null,
		data,
	};
}

/** A newest-first view over `rows[lo, hi)` without copying (for append-ordered stores). */
export class ReverseView<T> implements RowSource<T> {
	readonly length: number;
	constructor(
		private readonly rows: readonly T[],
		lo = 0,
		private readonly hi = rows.length,
	) {
		this.length = Math.max(0, hi - lo);
	}

	at(index: number): T | undefined {
		return index >= 0 && index < this.length ? this.rows[this.hi - 1 - index] : undefined;
	}
}

/** First index in ascending `rows` whose key is >= `value` (binary search). */
export function lowerBound<T>(rows: readonly T[], value: number, key: (row: T) => number): number {
	let lo = 0;
	let hi = rows.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (key(rows[mid]) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
