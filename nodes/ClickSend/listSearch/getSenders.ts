import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getDedicatedNumbers } from './getDedicatedNumbers';

/**
 * Senders for the From field of sends: "Shared number" (empty: ClickSend's shared number, the
 * account default) first, then your dedicated numbers (`GET /numbers`, paginated and searchable).
 * Alpha tags and your own verified numbers have no list endpoint in ClickSend's API: type them in
 * the field's "Sender ID" mode.
 */
export async function getSenders(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const numbers = await getDedicatedNumbers.call(this, filter, paginationToken);
	if (paginationToken) return numbers;
	const shared = { name: 'Shared Number (Account Default)', value: '' };
	const wanted = filter?.trim().toLowerCase();
	return { ...numbers, results: !wanted || shared.name.toLowerCase().includes(wanted) ? [shared, ...numbers.results] : numbers.results };
}
