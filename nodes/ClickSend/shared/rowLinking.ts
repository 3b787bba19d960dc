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
		const list = this.more.get(itemIndex);
		if (list) list.push(item);
		else this.more.set(itemIndex, [item]);
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

function digits(value: unknown): string {
	return String(value ?? '').replace(/\D/g, '');
}

/** Digits of a phone number that identify it across formats: the last 6 (local vs E.164 differ only in front). */
const TAIL = 6;
/** Subscriber digits: numbers whose last 9 digits agree are one number (`89161234567` local, `+79161234567` E.164). */
const SUBSCRIBER = 9;

/** A recipient's digits without leading zeros: what the `to` of ClickSend's row for it ends with (local or E.164). */
function phoneDigits(value: unknown): string {
	return digits(value).replace(/^0+/, '');
}

/** Whether a row's number (`rowDigits`) is the recipient `wanted` ({@link phoneDigits}), local or E.164. */
function sameNumber(rowDigits: string, wanted: string): boolean {
	if (wanted === '' || rowDigits === '') return false;
	if (rowDigits.endsWith(wanted)) return true;
	return wanted.length >= SUBSCRIBER && rowDigits.length >= SUBSCRIBER && rowDigits.slice(-SUBSCRIBER) === wanted.slice(-SUBSCRIBER);
}

/** Whether an answer row is an object (a message ClickSend returned), not null, text or a list. */
function isRow(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const NO_ENTRIES: Entry[] = [];

/** Finds the entry of this execution whose message carries a custom string (any batch), or undefined. */
export type EntryByCustomString = (customString: string) => Entry | undefined;

/**
 * Links the rows ClickSend returned for one batch to the entries that produced them. Rows are
 * grouped by `custom_string`. Within a group, single-recipient entries first take the row with
 * their number (local numbers match their E.164 form); entries left take, in order, rows whose
 * number is none of the group's; contact-list entries take the rest (by `list_id`); a row left
 * with a group entry's number goes to that entry. Rows still left over (a custom string no message
 * of the batch had, or a group's surplus) are placed by {@link placeLeftovers}. Answer rows that
 * are not objects carry nothing to link and are skipped. Returns the entries that got no row: their
 * request was accepted, so their messages may have been sent.
 * Linear in the batch size, also when every message carries the same custom string.
 */
export function assignRows(
	batch: Entry[],
	answer: unknown[],
	results: ItemOutputs,
	itemContext: (itemIndex: number) => IExecuteSingleFunctions,
	entryByCustomString: EntryByCustomString,
): Entry[] {
	let rows = answer as IDataObject[];
	for (let index = 0; index < answer.length; index++) {
		if (!isRow(answer[index])) {
			rows = answer.filter(isRow);
			break;
		}
	}
	if (assignOwnRows(batch, rows, results, itemContext)) return NO_ENTRIES;
	const groups = new Map<string, IDataObject[]>();
	for (const row of rows) {
		const key = String(row.custom_string ?? '');
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	const byKey = new Map<string, number[]>();
	for (let index = 0; index < batch.length; index++) {
		const key = String(batch[index].message.custom_string ?? '');
		const group = byKey.get(key);
		if (group) group.push(index);
		else byKey.set(key, [index]);
	}
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
	const unmatched = leftover.length > 0 ? placeLeftovers(batch, leftover, claimed, results, itemContext, entryByCustomString) : NO_ROWS;
	const missing: Entry[] = [];
	batch.forEach((entry, entryIndex) => {
		if (claimed[entryIndex].length === 0) {
			missing.push(entry);
			return;
		}
		const single = itemContext(entry.itemIndex);
		for (const row of claimed[entryIndex]) results.add(entry.itemIndex, rowItem(single, entry, namedList(row, entry)));
	});
	if (unmatched.length > 0) {
		// Rows no message can be told apart for: linked to the items that got nothing back (else to all of the batch).
		const owners = [...new Set((missing.length > 0 ? missing : batch).map((entry) => entry.itemIndex))];
		const to = missing.length > 0 ? 'the input items of that request that got no message back' : 'every input item of that request';
		for (const row of unmatched) {
			const item = messageItem(itemContext(owners[0]), row);
			if (owners.length > 1) item.pairedItem = owners.map((itemIndex) => ({ item: itemIndex }));
			const customString = row.custom_string === undefined || row.custom_string === '' ? 'without a custom string' : `with custom string ${JSON.stringify(row.custom_string)}`;
			item.json.warning = `ClickSend returned this message ${customString}, which no message of its request had; it is linked to ${to}`;
			results.add(owners[0], item);
		}
		// As many such rows as items without one: those items are accounted for.
		if (unmatched.length >= missing.length) return NO_ENTRIES;
	}
	return missing;
}

/** A row left after matching by custom string, with its custom-string group's entries (none: no message of the batch had it). */
type Leftover = { row: IDataObject; group?: number[] };

/** {@link assignRows} for one custom-string group with several entries or rows. */
function matchGroup(batch: Entry[], group: number[], pool: IDataObject[], claimed: IDataObject[][], leftover: Leftover[]) {
	const taken = new Uint8Array(pool.length);
	const poolDigits = pool.map((row) => digits(row.to));
	// Rows by the last digits of their number, so each lookup is short.
	const byTail = new Map<string, number[]>();
	poolDigits.forEach((number, position) => {
		const tail = number.slice(-TAIL);
		const list = byTail.get(tail);
		if (list) list.push(position);
		else byTail.set(tail, [position]);
	});
	const rowFor = (wanted: string): number => {
		const positions = wanted.length < TAIL ? pool.keys() : (byTail.get(wanted.slice(-TAIL)) ?? []);
		for (const position of positions) if (!taken[position] && sameNumber(poolDigits[position], wanted)) return position;
		return -1;
	};
	const listEntries: number[] = [];
	const singles: Array<{ entryIndex: number; wanted: string }> = [];
	for (const entryIndex of group) {
		const message = batch[entryIndex].message;
		if (message.list_id !== undefined) listEntries.push(entryIndex);
		else singles.push({ entryIndex, wanted: phoneDigits(message.to) });
	}
	// 1. Each single-recipient entry takes the row with its number.
	const unserved: number[] = [];
	for (const { entryIndex, wanted } of singles) {
		const position = rowFor(wanted);
		if (position < 0) unserved.push(entryIndex);
		else {
			taken[position] = 1;
			claimed[entryIndex].push(pool[position]);
		}
	}
	// 2. Entries left take, in order, rows whose number is none of the group's recipients (ClickSend
	//    formatted it differently, or gave none); a row with another entry's number is never theirs.
	const singlesByTail = new Map<string, typeof singles>();
	const shortSingles: typeof singles = [];
	for (const single of singles) {
		if (single.wanted.length < TAIL) {
			shortSingles.push(single);
			continue;
		}
		const tail = single.wanted.slice(-TAIL);
		const list = singlesByTail.get(tail);
		if (list) list.push(single);
		else singlesByTail.set(tail, [single]);
	}
	const ownerByNumber = (position: number) => {
		const number = poolDigits[position];
		const match = ({ wanted }: (typeof singles)[number]) => sameNumber(number, wanted);
		return (singlesByTail.get(number.slice(-TAIL)) ?? []).find(match) ?? shortSingles.find(match);
	};
	let free = 0;
	for (const entryIndex of unserved) {
		while (free < pool.length && (taken[free] || ownerByNumber(free))) free++;
		if (free >= pool.length) break;
		taken[free] = 1;
		claimed[entryIndex].push(pool[free]);
	}
	// 3. The rest: contact-list entries' rows (by list_id), a surplus row with an entry's number to that entry, else left over.
	pool.forEach((row, position) => {
		if (taken[position]) return;
		const list = listEntries.find((e) => row.list_id !== undefined && String(row.list_id) === String(batch[e].message.list_id)) ?? listEntries[0];
		const owner = list ?? ownerByNumber(position)?.entryIndex;
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
 * of a single-recipient entry that got no row goes to it; a row of a custom-string group goes to
 * the group's last entry; a row with the custom string of another request's message of this
 * execution goes to that message's item, with a warning (ClickSend answered it twice); one row
 * without a number left for one entry left goes to it. Returns the rows still without an owner.
 */
function placeLeftovers(
	batch: Entry[],
	leftover: Leftover[],
	claimed: IDataObject[][],
	results: ItemOutputs,
	itemContext: (itemIndex: number) => IExecuteSingleFunctions,
	entryByCustomString: EntryByCustomString,
): IDataObject[] {
	const waiting = new Set<number>();
	batch.forEach((entry, entryIndex) => {
		if (claimed[entryIndex].length === 0 && entry.message.list_id === undefined) waiting.add(entryIndex);
	});
	const left: Leftover[] = [];
	for (const item of leftover) {
		const { row, group } = item;
		const list = row.list_id === undefined ? -1 : batch.findIndex((entry) => entry.message.list_id !== undefined && String(entry.message.list_id) === String(row.list_id));
		if (list >= 0) {
			claimed[list].push(row);
			continue;
		}
		const number = digits(row.to);
		const byNumber = [...waiting].find((entryIndex) => sameNumber(number, phoneDigits(batch[entryIndex].message.to)));
		if (byNumber !== undefined) {
			claimed[byNumber].push(row);
			waiting.delete(byNumber);
			continue;
		}
		if (group) {
			claimed[group[group.length - 1]].push(row);
			continue;
		}
		const elsewhere = row.custom_string === undefined || row.custom_string === '' ? undefined : entryByCustomString(String(row.custom_string));
		if (elsewhere) {
			const answered = messageItem(itemContext(elsewhere.itemIndex), row);
			answered.json.warning = `ClickSend returned this message (custom string ${JSON.stringify(row.custom_string)}) in its answer to another request of this execution as well`;
			results.add(elsewhere.itemIndex, answered);
			continue;
		}
		left.push(item);
	}
	// One row without a number left for one entry left: it can only be that entry's.
	if (left.length === 1 && waiting.size === 1 && digits(left[0].row.to) === '') {
		claimed[[...waiting][0]].push(left[0].row);
		return NO_ROWS;
	}
	return left.map(({ row }) => row);
}

const NO_ROWS: IDataObject[] = [];

/** A row ClickSend returned for an entry as the output item of the entry's input item (with the entry's warnings). */
function rowItem(single: IExecuteSingleFunctions, entry: Entry, row: IDataObject): INodeExecutionData {
	const item = messageItem(single, row);
	if (entry.warnings.length > 0 && item.json.error === undefined) item.json.warning = entry.warnings.join(' · ');
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
