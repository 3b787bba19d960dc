import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { eventSeconds } from './events';
import { clickSendRequest, MAX_PAGE_SIZE } from './transport';

/**
 * Polling over ClickSend's pull endpoints (`GET /sms/inbound`, `/sms/receipts`, ...), which list
 * events newest first with `page`/`limit` pagination and have no "since" filter. A cursor (newest
 * `timestamp` seen, Unix seconds) plus the keys of events in an overlap window before it, kept in
 * static data, make every event come out exactly once across polls and restarts.
 */

/** Seconds before the cursor that are re-read each poll (late or same-second events), de-duplicated by key. */
export const POLL_OVERLAP_SECONDS = 120;
/** Most event keys kept in static data (newest kept). */
export const MAX_SEEN_KEYS = 2000;
/** Most pages one poll reads (100 events each); a larger backlog is emitted oldest first, 20,000 events a poll. */
export const MAX_POLL_PAGES = 200;

/**
 * Unix seconds of an event's `timestamp` ({@link eventSeconds}: Unix seconds from 2001, as ClickSend
 * sends them); undefined for an undated event (absent, blank, text, before 2001), which
 * {@link pollNewEvents} emits once but never dates by (its item's `receivedAt` is then the poll's time).
 */
export function eventTime(row: IDataObject): number | undefined {
	return eventSeconds(row.timestamp);
}

/** Whether an event is dated before `floor` (an undated event never is). */
const datedBefore = (row: IDataObject, floor: number): boolean => (eventTime(row) ?? Infinity) < floor;

/** One page of a newest-first ClickSend list: its rows, and its `last_page` when the answer gives one. */
async function readPage(context: IPollFunctions, url: string, qs: IDataObject, page: number): Promise<{ rows: IDataObject[]; lastPage?: number; unpaged: boolean; nextPageUrl: boolean }> {
	const { envelope } = await clickSendRequest.call(context, { method: 'GET', url, qs: { ...qs, page, limit: MAX_PAGE_SIZE } });
	const data = envelope.data as IDataObject | IDataObject[] | null | undefined;
	const rows = (Array.isArray(data) ? data : Array.isArray(data?.data) ? data.data : []) as IDataObject[];
	const lastPage = Number(Array.isArray(data) ? undefined : data?.last_page);
	return { rows, lastPage: Number.isFinite(lastPage) ? lastPage : undefined, unpaged: Array.isArray(data), nextPageUrl: !Array.isArray(data) && Boolean(data?.next_page_url) };
}

/** What {@link readPages} read, and why it stopped: `enough`, the list's `end`, or the page `cap`. */
interface PagesRead {
	rows: IDataObject[];
	lastPage?: number;
	stopped: 'enough' | 'end' | 'cap';
}

/**
 * Reads a newest-first ClickSend list from page `from`, page by page (100 rows), until
 * `enough(rowsSoFar)` is true, the last page, an empty page, or `count` pages.
 */
async function readPages(context: IPollFunctions, url: string, qs: IDataObject, from: number, count: number, enough: (rows: IDataObject[]) => boolean): Promise<PagesRead> {
	const rows: IDataObject[] = [];
	let lastPage: number | undefined;
	for (let page = from; page < from + count; page++) {
		const read = await readPage(context, url, qs, page);
		rows.push(...read.rows);
		lastPage = read.lastPage ?? lastPage;
		if (read.unpaged || read.rows.length === 0) return { rows, lastPage, stopped: 'end' };
		if (enough(rows)) return { rows, lastPage, stopped: 'enough' };
		if (read.lastPage !== undefined ? page >= read.lastPage : !read.nextPageUrl) return { rows, lastPage, stopped: 'end' };
	}
	return { rows, lastPage, stopped: 'cap' };
}

/**
 * Reads a newest-first ClickSend list page by page (100 rows) until `enough(rowsSoFar)` is true,
 * the last page, an empty page, or {@link MAX_POLL_PAGES}. Errors are the shared transport's.
 */
export async function readNewestFirst(
	this: IPollFunctions,
	url: string,
	enough: (rows: IDataObject[]) => boolean,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	return (await readPages(this, url, qs, 1, MAX_POLL_PAGES, enough)).rows;
}

/**
 * The oldest part of a backlog too large for one poll: finds (by bisection over the pages after the
 * first {@link MAX_POLL_PAGES}) the first page reaching back past `floor`, then reads, in page
 * order, the {@link MAX_POLL_PAGES} pages ending there and on until a page reaches back past
 * `floor`: events arriving meanwhile push rows to later pages, which are read after (some twice,
 * none skipped), up to another {@link MAX_POLL_PAGES} pages of such arrivals.
 */
async function readOldestBacklog(context: IPollFunctions, url: string, lastPage: number, floor: number): Promise<IDataObject[]> {
	let low = MAX_POLL_PAGES + 1;
	let high = lastPage;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		const { rows } = await readPage(context, url, {}, middle);
		if (rows.length === 0 || rows.some((row) => datedBefore(row, floor))) high = middle;
		else low = middle + 1;
	}
	const start = Math.max(1, low - MAX_POLL_PAGES + 1);
	// Rows on the pages before `low` are all at or after `floor` (they only move to later pages).
	return (await readPages(context, url, {}, start, low - start + 1 + MAX_POLL_PAGES, (rows) => rows.some((row) => datedBefore(row, floor)))).rows;
}

/** What {@link pollNewEvents} keeps in static data for one event source. */
export interface PollState extends IDataObject {
	/** Newest event time seen, Unix seconds. */
	cursor?: number;
	/** Keys of events at or after `cursor - POLL_OVERLAP_SECONDS`, with their time. */
	seen?: IDataObject;
	/**
	 * Unix seconds: every event at or before this time has been emitted (set when more than
	 * {@link MAX_SEEN_KEYS} events fall in the re-read window, whose oldest keys are then not kept).
	 */
	doneThrough?: number;
	/**
	 * Keys of undated events ({@link eventTime}) already emitted (or there at the first poll), newest
	 * first: every one ClickSend still listed at the last poll, others up to {@link MAX_SEEN_KEYS} (they
	 * have no time to fall out of the re-read window by).
	 */
	undated?: string[];
}

/** Options of {@link pollNewEvents}. */
export interface PollOptions {
	/** ClickSend list path, e.g. `/sms/inbound`. */
	url: string;
	/** Identity of an event (message ID, plus status and time for receipts). */
	key: (row: IDataObject) => string;
	/** The source's state, as kept in the node's static data (not changed). */
	state: PollState;
}

/**
 * The newest event time of `rows` (Unix seconds, {@link eventTime}), but never past `now`: an event
 * dated in the future (a wrong clock, a time in milliseconds) must not move the cursor or Mark as
 * Read beyond the clock, where it would hide every later event. Undefined when no row is dated.
 */
export function newestUpToNow(rows: IDataObject[], now = Math.floor(Date.now() / 1000)): number | undefined {
	let newest: number | undefined;
	for (const row of rows) {
		const time = eventTime(row);
		if (time !== undefined && (newest === undefined || time > newest)) newest = time;
	}
	return newest === undefined ? undefined : Math.min(now, newest);
}

/**
 * The events that appeared since the last poll, oldest first, each exactly once, and the state to
 * keep once they are handed on (`next`: the caller saves it only when the poll succeeded, e.g. after
 * marking the events read, so a failed poll emits its events again instead of losing them). The
 * first poll records what already exists and returns nothing. Reads pages until it passes the
 * overlap window before the cursor; keeps the keys of the events in that window, at most
 * {@link MAX_SEEN_KEYS}: when more, the oldest whole seconds are dropped and remembered as done.
 */
export async function pollNewEvents(this: IPollFunctions, options: PollOptions): Promise<{ events: IDataObject[]; next: PollState }> {
	const { state } = options;
	const first = typeof state.cursor !== 'number';
	// The cursor never runs ahead of the clock: an event dated in the future (a wrong clock, a time in
	// milliseconds) is emitted and its key kept, but would otherwise make every later event look old.
	const now = Math.floor(Date.now() / 1000);
	let newest = first ? 0 : Math.min(now, state.cursor as number);
	const doneThrough = typeof state.doneThrough === 'number' ? state.doneThrough : -Infinity;
	// Events older than this are not new: before the re-read window, or already done.
	const floor = () => Math.max(newest - POLL_OVERLAP_SECONDS, doneThrough + 1);
	const read = await readPages(this, options.url, {}, 1, MAX_POLL_PAGES, (soFar) => {
		if (first) newest = Math.max(newest, newestUpToNow(soFar, now) ?? 0);
		return soFar.some((row) => datedBefore(row, floor()));
	});
	let rows = read.rows;
	// More new events than one poll reads: this poll emits the oldest of them (the cursor then stops at
	// their newest, so the next poll goes on from there); never the newest, which would skip the rest.
	if (!first && read.stopped === 'cap' && read.lastPage !== undefined && read.lastPage > MAX_POLL_PAGES) {
		rows = await readOldestBacklog(this, options.url, read.lastPage, floor());
	}
	const seen = { ...((state.seen ?? {}) as IDataObject) };
	const undatedBefore = Array.isArray(state.undated) ? state.undated.map(String) : [];
	const undatedKnown = new Set(undatedBefore);
	// Keys of the undated events listed this poll, newest first (each emitted once, when not known).
	const undatedListed = new Set<string>();
	const fresh: Array<{ row: IDataObject; time: number; order: number }> = [];
	// An undated event is ordered as the dated event listed just before it (newer), or last when none is.
	let newerTime = Infinity;
	rows.forEach((row, index) => {
		const time = eventTime(row);
		const key = options.key(row);
		if (time === undefined) {
			if (undatedListed.has(key)) return;
			undatedListed.add(key);
			if (!first && !undatedKnown.has(key)) fresh.push({ row, time: newerTime, order: -index });
			return;
		}
		newerTime = time;
		if (time < (first ? -Infinity : floor()) || seen[key] !== undefined) return;
		seen[key] = time;
		if (!first) fresh.push({ row, time, order: -index });
	});
	newest = Math.max(newest, newestUpToNow(rows, now) ?? -Infinity);
	let keep = Object.entries(seen)
		.filter(([, time]) => Number(time) >= newest - POLL_OVERLAP_SECONDS)
		.sort((a, b) => Number(b[1]) - Number(a[1]));
	const next: PollState = { cursor: newest };
	if (doneThrough >= newest - POLL_OVERLAP_SECONDS) next.doneThrough = doneThrough;
	if (keep.length > MAX_SEEN_KEYS) {
		// Keep whole seconds only: the second of the first key that does not fit, and every older one, are done.
		const cut = Number(keep[MAX_SEEN_KEYS][1]);
		keep = keep.filter(([, time]) => Number(time) > cut);
		next.doneThrough = Math.max(cut, next.doneThrough ?? -Infinity);
	}
	next.seen = Object.fromEntries(keep);
	// Keys still listed are kept whatever their number (ClickSend lists them again); others up to the cap.
	const undatedKept = [...undatedListed, ...undatedBefore.filter((key) => !undatedListed.has(key))].slice(0, Math.max(MAX_SEEN_KEYS, undatedListed.size));
	if (undatedKept.length > 0) next.undated = undatedKept;
	return { events: fresh.sort((a, b) => a.time - b.time || a.order - b.order).map((entry) => entry.row), next };
}

/** Throws a clear error for an unknown poll source. */
export function unknownSource(context: IPollFunctions, value: string): never {
	throw new NodeOperationError(context.getNode(), `Unknown ClickSend event "${value}"`);
}
