/**
 * How a batched send links the rows of ClickSend's answers back to the input items that produced
 * them (by custom string, then recipient number), and collects each item's outputs in input
 * order. Used by batchedSend (batching.ts).
 */
import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { messageItem } from './output';

/** One message of a batched send: the input item it comes from and its part of the request body. */
export interface Entry {
	itemIndex: number;
	message: IDataObject;
	/** Body keys outside `messages` (e.g. MMS `media_file`): messages with different ones go in different requests. */
	shared: IDataObject;
	sharedKey: string;
	/** Validation warnings for this item (e.g. a far-future schedule), added to its outputs. */
	warnings: readonly string[];
}

/**
 * The output items of a batched send per input item, flattened in input order at the end. Most
 * items produce exactly one output, kept without an array of its own (bulk sends have 100,000s).
 */
export class ItemOutputs {
	private readonly first: Array<INodeExecutionData | undefined>;
	private readonly more = new Map<number, INodeExecutionData[]>();

	constructor(items: number) {
		this.first = new Array<INodeExecutionData | undefined>(items);
	}

	/** Adds an output of input item `itemIndex` (after the ones it already has). */
	add(itemIndex: number, item: INodeExecutionData): void {
		if (this.first[itemIndex] === undefined) {
			this.first[itemIndex] = item;
			return;
		}
		pushTo(this.more, itemIndex, item);
	}

	/** The outputs of input item `itemIndex`, in order (empty when it has none). */
	of(itemIndex: number): INodeExecutionData[] {
		const item = this.first[itemIndex];
		return item === undefined ? [] : [item, ...(this.more.get(itemIndex) ?? [])];
	}

	/** Whether input item `itemIndex` has an output yet. */
	has(itemIndex: number): boolean {
		return this.first[itemIndex] !== undefined;
	}

	/** All outputs: input item 0's first, then item 1's, … */
	all(): INodeExecutionData[] {
		const all: INodeExecutionData[] = [];
		for (let itemIndex = 0; itemIndex < this.first.length; itemIndex++) {
			const item = this.first[itemIndex];
			if (item === undefined) continue;
			all.push(item);
			const list = this.more.get(itemIndex);
			if (list) for (let index = 0; index < list.length; index++) all.push(list[index]);
		}
		return all;
	}
}

/** Appends `value` to the list `map` holds under `key`, starting the list when there is none. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** `first · second`, or whichever of them is set (warnings of an output item). */
function joinWarnings(first: unknown, second: string): string {
	return typeof first === 'string' && first !== '' ? `${first} · ${second}` : second;
}

function digits(value: unknown): string {
	return String(value ?? '').replace(/\D/g, '');
}

/** Digits of a phone number that index it: the last 6 (a local number and its E.164 form share them). */
const TAIL = 6;
/** Subscriber digits: a local number and an E.164 number whose last 9 digits agree are one number (RU `89161234567` is `+79161234567`). */
const SUBSCRIBER = 9;
/** Shortest local number matched to an E.164 row by its ending (shorter ones, e.g. short codes, match only exactly). */
const MIN_LOCAL = 7;

/** A message's recipient number as row matching needs it. */
interface Recipient {
	/** All its digits. */
	digits: string;
	/** Written without a leading + (a local number): ClickSend may answer it in E.164. */
	local: boolean;
	/** Its digits without leading zeros (the trunk 0 of a local number). */
	wanted: string;
}

function recipientOf(to: unknown): Recipient {
	const all = digits(to);
	return { digits: all, local: !String(to ?? '').trim().startsWith('+'), wanted: all.replace(/^0+/, '') };
}

/**
 * How well a row's number (its digits) is a recipient: 2 the same digits; 1 the recipient's local
 * number in E.164 form (it ends with the local number without its trunk 0, or their last 9 digits
 * agree); 0 another number. Two E.164 numbers match only exactly, so +1 212 555 1234 is never
 * +1 312 555 1234.
 */
function numberMatch(rowDigits: string, recipient: Recipient): 0 | 1 | 2 {
	if (rowDigits === '' || recipient.digits === '') return 0;
	if (rowDigits === recipient.digits) return 2;
	const { local, wanted } = recipient;
	if (!local || wanted.length < MIN_LOCAL) return 0;
	if (rowDigits.endsWith(wanted)) return 1;
	return wanted.length >= SUBSCRIBER && rowDigits.length >= SUBSCRIBER && rowDigits.slice(-SUBSCRIBER) === wanted.slice(-SUBSCRIBER) ? 1 : 0;
}

/** Things with a recipient, by the last digits of its number: finds the best match for a row's number. */
class ByNumber<T extends { recipient: Recipient }> {
	private readonly byTail = new Map<string, T[]>();

	constructor(things: Iterable<T>) {
		for (const thing of things) pushTo(this.byTail, thing.recipient.digits.slice(-TAIL), thing);
	}

	/** The first thing (not refused by `usable`) the number is exactly, else the first it is in another form. */
	find(rowDigits: string, usable: (thing: T) => boolean = () => true): T | undefined {
		const candidates = this.byTail.get(rowDigits.slice(-TAIL));
		if (!candidates) return undefined;
		let loose: T | undefined;
		for (const thing of candidates) {
			if (!usable(thing)) continue;
			const match = numberMatch(rowDigits, thing.recipient);
			if (match === 2) return thing;
			if (match === 1) loose ??= thing;
		}
		return loose;
	}
}

/** Whether an answer row is an object (a message ClickSend returned), not null, text or a list. */
function isRow(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const NO_ENTRIES: Entry[] = [];
const NO_ROWS: IDataObject[] = [];

/** What linking the rows of one answer needs from the batched send it is part of. */
export interface LinkContext {
	results: ItemOutputs;
	itemContext: (itemIndex: number) => IExecuteSingleFunctions;
	/**
	 * The entry of another request of this execution a row belongs to, by its custom string (and
	 * number, when several messages carry it), or undefined.
	 */
	findElsewhere: (row: IDataObject, notIn: Set<Entry>) => Entry | undefined;
	/** Entries whose row came back in the answer to another request. */
	answered: Set<Entry>;
}

/** Adds a warning to a row that becomes an output item's json (after any warning it has). */
function warn(row: IDataObject, text: string) {
	row.warning = joinWarnings(row.warning, text);
}

/**
 * Makes {@link LinkContext.findElsewhere} over all entries of an execution (indexed on first use,
 * as most answers never need it), leaving out `notIn` (the answer's own request): the entry whose
 * message carried the row's custom string and number; a contact-list message with it; the only
 * one with it when the row has no number; else none.
 */
export function elsewhereFinder(entries: Entry[]): (row: IDataObject, notIn: Set<Entry>) => Entry | undefined {
	let byCustomString: Map<string, Array<{ entry: Entry; recipient: Recipient }>> | undefined;
	return (row, notIn) => {
		if (row.custom_string === undefined || row.custom_string === null || row.custom_string === '') return undefined;
		if (!byCustomString) {
			byCustomString = new Map();
			for (const entry of entries) {
				const recipient = recipientOf(entry.message.list_id === undefined ? entry.message.to : '');
				pushTo(byCustomString, String(entry.message.custom_string), { entry, recipient });
			}
		}
		const candidates = (byCustomString.get(String(row.custom_string)) ?? []).filter((c) => !notIn.has(c.entry));
		if (candidates.length === 0) return undefined;
		const number = digits(row.to);
		const byNumber = candidates.find((c) => numberMatch(number, c.recipient) === 2) ?? candidates.find((c) => numberMatch(number, c.recipient) === 1);
		if (byNumber) return byNumber.entry;
		// A contact-list message's custom string is its own within its request; a single message's only when the row names no number.
		const lists = candidates.filter((c) => c.entry.message.list_id !== undefined);
		if (lists.length === 1 && (number === '' || candidates.length === 1)) return lists[0].entry;
		return candidates.length === 1 && number === '' ? candidates[0].entry : undefined;
	};
}

/**
 * Links the rows ClickSend returned for one batch to the entries that produced them. Rows are
 * grouped by `custom_string` ({@link matchGroup} within a group: by number first); rows left over
 * (a custom string no message of the batch had, or a group's surplus) are placed by
 * {@link placeLeftovers}. Answer rows that are not objects carry nothing to link and are skipped.
 * Returns the entries that got no row (unless they got one in another answer: their request was
 * accepted, so their messages may have been sent) and the rows still unplaced, for
 * {@link linkUnplaced} once every answer is linked.
 * Linear in the batch size, also when every message carries the same custom string.
 */
export function assignRows(batch: Entry[], answer: unknown[], context: LinkContext): { missing: Entry[]; unmatched: IDataObject[] } {
	const { results, itemContext } = context;
	let rows = answer as IDataObject[];
	for (let index = 0; index < answer.length; index++) {
		if (!isRow(answer[index])) {
			rows = answer.filter(isRow);
			break;
		}
	}
	if (assignOwnRows(batch, rows, results, itemContext)) return { missing: NO_ENTRIES, unmatched: NO_ROWS };
	const groups = new Map<string, IDataObject[]>();
	for (const row of rows) pushTo(groups, String(row.custom_string ?? ''), row);
	const byKey = new Map<string, number[]>();
	for (let index = 0; index < batch.length; index++) pushTo(byKey, String(batch[index].message.custom_string ?? ''), index);
	const claimed: IDataObject[][] = batch.map(() => []);
	const leftover: Leftover[] = [];
	for (const [key, pool] of groups) {
		if (!byKey.has(key)) for (const row of pool) leftover.push({ row });
	}
	for (const [key, group] of byKey) {
		const pool = groups.get(key) ?? [];
		if (group.length === 1 && pool.length <= 1) {
			// The usual case (a correlation value per item): the item takes its row, if any.
			claimed[group[0]].push(...pool);
			continue;
		}
		matchGroup(batch, group, pool, claimed, leftover);
	}
	const unmatched = leftover.length > 0 ? placeLeftovers(batch, leftover, claimed, context) : NO_ROWS;
	const missing: Entry[] = [];
	batch.forEach((entry, entryIndex) => {
		if (claimed[entryIndex].length === 0) {
			if (!context.answered.has(entry)) missing.push(entry);
			return;
		}
		const single = itemContext(entry.itemIndex);
		for (const row of claimed[entryIndex]) results.add(entry.itemIndex, rowItem(single, entry, namedList(row, entry)));
	});
	return { missing, unmatched };
}

/**
 * Outputs rows of one answer no message could be told apart for, once every answer is linked:
 * linked to `owners` (the batch's items that got no row, else all of its items; one `pairedItem`
 * list shared by all such rows), with a warning.
 */
export function linkUnplaced(rows: IDataObject[], owners: number[], noRowOwners: boolean, context: LinkContext) {
	const pairedItem = owners.length > 1 ? owners.map((itemIndex) => ({ item: itemIndex })) : undefined;
	const to = noRowOwners ? 'the input items of that request that got no message back' : 'every input item of that request';
	for (const row of rows) {
		const customString = row.custom_string === undefined || row.custom_string === '' ? 'without a custom string' : `with custom string ${JSON.stringify(row.custom_string)}`;
		warn(row, `ClickSend returned this message ${customString}, which no message of its request had; it is linked to ${to}`);
		const item = messageItem(context.itemContext(owners[0]), row);
		if (pairedItem) item.pairedItem = pairedItem;
		context.results.add(owners[0], item);
	}
}

/** A row left after matching by custom string, with its custom-string group's entries (none: no message of the batch had it). */
type Leftover = { row: IDataObject; group?: number[] };

/** A single-recipient entry of a group, by its index in the batch. */
type Single = { entryIndex: number; recipient: Recipient };

/**
 * {@link assignRows} for one custom-string group with several entries or rows: 1. each
 * single-recipient entry takes the row with its exact number (and its text, when several rows have
 * the number); 2. entries left take the row with
 * their number in another form (a local number in E.164); 3. entries left take, in order, rows
 * without a number (with a warning); 4. contact-list entries take the rest (by `list_id`), a
 * surplus row with an entry's number goes to that entry, anything else is left over.
 */
function matchGroup(batch: Entry[], group: number[], pool: IDataObject[], claimed: IDataObject[][], leftover: Leftover[]) {
	const taken = new Uint8Array(pool.length);
	const rowDigits = pool.map((row) => digits(row.to));
	// Rows by the last digits of their number, so each lookup is short.
	const rowsByTail = new Map<string, number[]>();
	rowDigits.forEach((number, position) => pushTo(rowsByTail, number.slice(-TAIL), position));
	// A row with the number, preferring one whose text is the message's (two messages of a group to
	// one number are told apart by their texts, not by the answer's order, when the rows carry them).
	const rowFor = (recipient: Recipient, match: 1 | 2, body: unknown): number => {
		let fallback = -1;
		for (const position of rowsByTail.get(recipient.digits.slice(-TAIL)) ?? []) {
			if (taken[position] || numberMatch(rowDigits[position], recipient) !== match) continue;
			const rowBody = pool[position].body;
			if (typeof rowBody !== 'string' || typeof body !== 'string' || rowBody === body) return position;
			if (fallback < 0) fallback = position;
		}
		return fallback;
	};
	const listEntries: number[] = [];
	const singles: Single[] = [];
	for (const entryIndex of group) {
		const message = batch[entryIndex].message;
		if (message.list_id !== undefined) listEntries.push(entryIndex);
		else singles.push({ entryIndex, recipient: recipientOf(message.to) });
	}
	const take = (position: number, entryIndex: number) => {
		taken[position] = 1;
		claimed[entryIndex].push(pool[position]);
	};
	// 1 and 2: exact numbers first, so a row in another form can never take an exact match's place.
	let unserved = singles;
	for (const match of [2, 1] as const) {
		const next: Single[] = [];
		for (const single of unserved) {
			const position = rowFor(single.recipient, match, batch[single.entryIndex].message.body);
			if (position >= 0) take(position, single.entryIndex);
			else next.push(single);
		}
		unserved = next;
	}
	// 3. Rows without a number, in order, to the entries left (a row with another number is never theirs).
	const singlesByNumber = new ByNumber(singles);
	const ownerOf = (position: number) => singlesByNumber.find(rowDigits[position]);
	let free = 0;
	for (const { entryIndex } of unserved) {
		while (free < pool.length && (taken[free] || rowDigits[free] !== '')) free++;
		if (free >= pool.length) break;
		warn(pool[free], 'ClickSend returned this message without a number; it is linked by its custom string');
		take(free, entryIndex);
	}
	// 4. The rest.
	pool.forEach((row, position) => {
		if (taken[position]) return;
		const list = listEntries.find((e) => row.list_id !== undefined && String(row.list_id) === String(batch[e].message.list_id)) ?? listEntries[0];
		const owner = list ?? ownerOf(position)?.entryIndex;
		if (owner !== undefined) claimed[owner].push(row);
		else leftover.push({ row, group });
	});
}

/** A refused contact-list send comes back without recipient: the row names the list it was for. */
function namedList(row: IDataObject, entry: Entry): IDataObject {
	return entry.message.list_id !== undefined && !row.to && row.list_id === undefined ? { ...row, list_id: entry.message.list_id } : row;
}

/**
 * {@link assignRows}' second chance for rows left over after matching by custom string, in this
 * order: a row with a contact list of the batch goes to that list's entry; a row with the number
 * of a single-recipient entry that got no row goes to it; a row with the custom string (and
 * number) of another request's message of this execution goes to that message's item, with a
 * warning ({@link LinkContext.findElsewhere}); a surplus row of a custom-string group goes to the
 * group's last entry, with a warning; one row without a number (and a custom string no message of
 * the batch had) left for one entry left goes to it, with a warning. Returns the rows still
 * without an owner (output by {@link linkUnplaced}; their batch's items without a row are
 * reported all the same).
 */
function placeLeftovers(batch: Entry[], leftover: Leftover[], claimed: IDataObject[][], context: LinkContext): IDataObject[] {
	const waiting = new Set<number>();
	const waitingSingles: Single[] = [];
	batch.forEach((entry, entryIndex) => {
		if (claimed[entryIndex].length > 0 || entry.message.list_id !== undefined) return;
		waiting.add(entryIndex);
		waitingSingles.push({ entryIndex, recipient: recipientOf(entry.message.to) });
	});
	const waitingByNumber = new ByNumber(waitingSingles);
	const inBatch = new Set(batch);
	const lists = new Map<string, number>();
	batch.forEach((entry, entryIndex) => {
		if (entry.message.list_id !== undefined && !lists.has(String(entry.message.list_id))) lists.set(String(entry.message.list_id), entryIndex);
	});
	const left: Leftover[] = [];
	for (const item of leftover) {
		const { row, group } = item;
		const list = row.list_id === undefined ? undefined : lists.get(String(row.list_id));
		if (list !== undefined) {
			claimed[list].push(row);
			continue;
		}
		const byNumber = waitingByNumber.find(digits(row.to), (single) => waiting.has(single.entryIndex));
		if (byNumber) {
			claimed[byNumber.entryIndex].push(row);
			waiting.delete(byNumber.entryIndex);
			continue;
		}
		const elsewhere = context.findElsewhere(row, inBatch);
		if (elsewhere) {
			warn(row, `ClickSend returned this message (custom string ${JSON.stringify(row.custom_string)}) in its answer to another request of this execution`);
			context.answered.add(elsewhere);
			context.results.add(elsewhere.itemIndex, rowItem(context.itemContext(elsewhere.itemIndex), elsewhere, row));
			continue;
		}
		if (group) {
			warn(row, `ClickSend returned this message with this item's custom string but ${row.to ? `another number (${String(row.to)})` : 'no number'}, after one for each of its messages`);
			claimed[group[group.length - 1]].push(row);
			continue;
		}
		left.push(item);
	}
	// One row without a number left for one entry left: it can only be that entry's.
	if (left.length === 1 && waiting.size === 1 && digits(left[0].row.to) === '') {
		warn(left[0].row, 'ClickSend returned this message without a number or a custom string of its request; it is linked to the only item of its request that got none');
		claimed[[...waiting][0]].push(left[0].row);
		return NO_ROWS;
	}
	return left.map(({ row }) => row);
}

/** A row ClickSend returned for an entry as the output item of the entry's input item (with the entry's warnings). */
export function rowItem(single: IExecuteSingleFunctions, entry: Entry, row: IDataObject): INodeExecutionData {
	const item = messageItem(single, row);
	if (entry.warnings.length > 0 && item.json.error === undefined) {
		const warnings = entry.warnings.join(' · ');
		item.json.warning = typeof item.json.warning === 'string' && item.json.warning !== '' ? joinWarnings(warnings, item.json.warning) : warnings;
	}
	return item;
}

/**
 * {@link assignRows}' usual case, in one pass: one recipient per message, each message with its
 * own custom string, and one row per message, each carrying one of those custom strings. Then each
 * message's row is the one with its custom string (what the general matching would pick too).
 * Returns false, having linked nothing, when the batch or its rows are not of that shape.
 */
function assignOwnRows(batch: Entry[], rows: IDataObject[], results: ItemOutputs, itemContext: (itemIndex: number) => IExecuteSingleFunctions): boolean {
	if (rows.length !== batch.length) return false;
	const owners = new Map<string, number>();
	for (let index = 0; index < batch.length; index++) {
		const message = batch[index].message;
		const key = String(message.custom_string ?? '');
		if (message.list_id !== undefined || owners.has(key)) return false;
		owners.set(key, index);
	}
	const own: Array<IDataObject | undefined> = new Array(batch.length);
	for (const row of rows) {
		const index = owners.get(String(row.custom_string ?? ''));
		if (index === undefined || own[index] !== undefined) return false;
		own[index] = row;
	}
	for (let index = 0; index < batch.length; index++) {
		const entry = batch[index];
		results.add(entry.itemIndex, rowItem(itemContext(entry.itemIndex), entry, own[index]!));
	}
	return true;
}
