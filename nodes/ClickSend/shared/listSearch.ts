import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { isNumberedId } from './text';
import { clickSendRequest, MAX_PAGE_SIZE } from './transport';

/** How to turn one ClickSend list endpoint into a searchable, paginated resource-locator list. */
export interface ListSearchSource {
	/** ClickSend list path, e.g. `/lists`. */
	url: string;
	/** Row field holding the ID, e.g. `list_id`. */
	idField: string;
	/** Builds the label shown in the dropdown from a row. */
	label: (row: IDataObject) => string;
	/** Field ClickSend searches with `q=<field>:<filter>`; without it the filter is applied to labels here. */
	searchField?: string;
	/** Extra query parameters. */
	qs?: IDataObject;
	/**
	 * Path of one row by its ID (e.g. `/lists/428`): a filter that is an ID (digits) also finds that
	 * row, first, as the labels show IDs (ClickSend's `q` searches the search field only).
	 */
	byId?: (id: string) => string;
}

/**
 * A `methods.listSearch` function over a ClickSend list endpoint: one page (100 rows, ClickSend's
 * largest) per call, `paginationToken` = next page number, ClickSend's `q` search when the user
 * types a filter. Errors surface ClickSend's message (NodeApiError from the shared transport).
 */
export function searchList(source: ListSearchSource) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const page = Number(paginationToken ?? 1) || 1;
		const qs: IDataObject = { ...(source.qs ?? {}), page, limit: MAX_PAGE_SIZE };
		const wanted = filter?.trim();
		if (wanted && source.searchField) qs.q = `${source.searchField}:${wanted}`;
		const { envelope } = await clickSendRequest.call(this, { method: 'GET', url: source.url, qs });
		const data = envelope.data as IDataObject | IDataObject[] | undefined;
		const rows = (Array.isArray(data) ? data : Array.isArray(data?.data) ? data.data : []) as IDataObject[];
		let results: INodeListSearchItems[] = rows.map((row) => ({ name: source.label(row), value: String(row[source.idField]) }));
		if (wanted && !source.searchField) {
			const needle = wanted.toLowerCase();
			results = results.filter((r) => r.name.toLowerCase().includes(needle) || String(r.value).includes(needle));
		}
		if (wanted && source.byId && page === 1 && isNumberedId(wanted) && !results.some((r) => r.value === wanted)) {
			const row = await rowById.call(this, source.byId(wanted));
			if (row && row[source.idField] !== undefined) results.unshift({ name: source.label(row), value: String(row[source.idField]) });
		}
		const lastPage = Array.isArray(data) ? page : Number(data?.last_page ?? page);
		return { results, paginationToken: page < lastPage ? String(page + 1) : undefined };
	};
}

/** One row by its path, or `undefined` when ClickSend has none (or answers with an error: the search's own results still show). */
async function rowById(this: ILoadOptionsFunctions, url: string): Promise<IDataObject | undefined> {
	try {
		const { envelope } = await clickSendRequest.call(this, { method: 'GET', url });
		const data = envelope.data;
		return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}
