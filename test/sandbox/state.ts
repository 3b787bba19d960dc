/**
 * In-memory stores behind the stateful sandbox routes. One instance per sandbox; `reset()`
 * empties it in place (references held by routes and tests stay valid) and re-seeds it.
 * All times are Unix seconds.
 */
import { randomUUID } from 'crypto';
import {
	TEST_NUMBERS,
	carrierFor,
	countryForNumber,
	nowSeconds,
	SMS_PRICE_PER_PART,
} from './messaging';
import { lowerBound } from './paginate';

/** Default account credentials (also exported from index.ts). */
export const SANDBOX_USERNAME = 'sandbox';
export const SANDBOX_API_KEY = 'sandbox-api-key-0000';
/** Key of ClickSend's documented test accounts `nocredit`, `notactive`, `banned`. */
export const TEST_ACCOUNT_KEY = 'D83DED51-9E35-4D42-9BB9-0E34B7CA85AE';

/** Behaviour of an account: the documented test accounts each have one. */
export type AccountKind = 'standard' | 'nocredit' | 'notactive' | 'banned';

/** An API user known to the sandbox. */
export interface SandboxAccount {
	username: string;
	user_id: number;
	subaccount_id: number;
	kind: AccountKind;
}

/** History status of a stored SMS. */
export type SmsStatus = 'Sent' | 'Scheduled' | 'Cancelled';

/** One outbound SMS as stored (one row per recipient, list sends expanded). */
export interface SmsMessage {
	/** Upper-case UUID. */
	message_id: string;
	/** E.164 recipient. */
	to: string;
	from: string;
	body: string;
	custom_string: string;
	/** ISO country of the recipient. */
	country: string;
	/** Unix seconds the message is (or was) due; equals `date` for immediate sends. */
	schedule: number;
	/** Unix seconds the message was accepted. */
	date: number;
	status: SmsStatus;
	status_code: string | null;
	status_text: string | null;
	message_parts: number;
	message_price: number;
	list_id: number | null;
	contact_id: number;
	first_name?: string;
	last_name?: string;
	from_email: string | null;
	direction: 'out';
	user_id: number;
	subaccount_id: number;
	carrier: string;
	_api_username: string;
}

/** A contact in a list, in ClickSend's contact shape. */
export interface Contact {
	contact_id: number;
	list_id: number;
	phone_number: string;
	first_name: string;
	last_name: string;
	email: string | null;
	fax_number: string | null;
	organization_name: string | null;
	address_line_1: string | null;
	address_line_2: string | null;
	address_city: string | null;
	address_state: string | null;
	address_postal_code: string | null;
	address_country: string | null;
	custom_1: string;
	custom_2: string;
	custom_3: string;
	custom_4: string;
	/** Unix seconds, as a string like the spec's examples. */
	date_added: string;
}

/** A contact list with its contacts. */
export interface ContactList {
	list_id: number;
	list_name: string;
	list_email_id: string;
	contacts: Contact[];
}

/** One user's SMS rows kept in ascending `date` order, plus its pending scheduled messages. */
export interface SmsBox {
	rows: SmsMessage[];
	sorted: boolean;
	scheduled: Set<SmsMessage>;
}

/** The seeded contact list id (the spec's examples send to list 428). */
export const SEED_LIST_ID = 428;

const SEED_ACCOUNTS: readonly [string, AccountKind][] = [
	[SANDBOX_USERNAME, 'standard'],
	['nocredit', 'nocredit'],
	['notactive', 'notactive'],
	['banned', 'banned'],
];

const SEED_CONTACTS: readonly [string, string, string][] = [
	['+61411111111', 'John', 'Doe'],
	['+61422222222', 'Jane', 'Doe'],
	['+14055555555', 'Ellen', 'Diaz'],
	['+447777777777', 'Oliver', 'Smith'],
];

const SEED_BODIES: readonly string[] = [
	'Your appointment is confirmed for tomorrow at 10am.',
	'Your order has shipped.',
	'Reminder: your code is 123456',
];

/** Status code/text ClickSend reports for a delivered message. */
export const DELIVERED = {
	status_code: '201',
	status_text: 'Success: Message received on handset.',
} as const;

function markCancelled(box: SmsBox, message: SmsMessage): void {
	message.status = 'Cancelled';
	message.status_code = null;
	message.status_text = null;
	box.scheduled.delete(message);
}

/** Options for {@link SandboxState.seedHistory}. */
export interface SeedHistoryOptions {
	/** Owner of the rows (default SANDBOX_USERNAME). */
	username?: string;
	/** Newest row's date, Unix seconds (default now - 1). */
	end?: number;
	/** Seconds covered by the rows, oldest to newest (default 30 days). */
	spanSeconds?: number;
}

/** Typed in-memory stores. */
export class SandboxState {
	/** Accounts by username. */
	readonly accounts = new Map<string, SandboxAccount>();
	/** Every stored SMS of every account, in insertion order. */
	readonly smsMessages: SmsMessage[] = [];
	/** SMS by message_id. */
	readonly smsById = new Map<string, SmsMessage>();
	/** Contact lists by list_id (shared by all accounts). */
	readonly contactLists = new Map<number, ContactList>();
	private readonly smsBoxes = new Map<number, SmsBox>();
	private readonly counters = new Map<string, number>();
	private readonly extraStores = new Map<string, unknown>();

	/**
	 * A store owned by one route file, created on first use and dropped by `reset()`, so a new tag
	 * keeps its state next to its routes without editing this class:
	 * `const rules = (state: SandboxState) => state.store('automationRules', () => new Map<number, Rule>());`
	 */
	store<T>(name: string, create: () => T): T {
		if (!this.extraStores.has(name)) this.extraStores.set(name, create());
		return this.extraStores.get(name) as T;
	}

	constructor() {
		this.seed();
	}

	/** Next integer id for a kind of record ('user', 'contact', 'list', ...). */
	nextId(kind: string, start = 1): number {
		const next = (this.counters.get(kind) ?? start - 1) + 1;
		this.counters.set(kind, next);
		return next;
	}

	/** The account for `username`, created as a standard account on first use. */
	account(username: string, kind: AccountKind = 'standard'): SandboxAccount {
		let account = this.accounts.get(username);
		if (!account) {
			const id = this.nextId('user');
			account = { username, user_id: id, subaccount_id: id, kind };
			this.accounts.set(username, account);
		}
		return account;
	}

	/** The SMS box of a user (rows ascending by date after {@link sortedSms}). */
	smsBox(userId: number): SmsBox {
		let box = this.smsBoxes.get(userId);
		if (!box) {
			box = { rows: [], sorted: true, scheduled: new Set() };
			this.smsBoxes.set(userId, box);
		}
		return box;
	}

	/** Store one SMS. O(1). */
	addSms(message: SmsMessage): void {
		const box = this.smsBox(message.user_id);
		const last = box.rows[box.rows.length - 1];
		if (last && last.date > message.date) box.sorted = false;
		box.rows.push(message);
		if (message.status === 'Scheduled') box.scheduled.add(message);
		this.smsMessages.push(message);
		this.smsById.set(message.message_id, message);
	}

	/**
	 * A user's SMS rows in ascending `date` (ties in insertion order), with due scheduled
	 * messages promoted to Sent as of `now`. Sorts only after out-of-order inserts.
	 */
	sortedSms(userId: number, now = nowSeconds()): SmsMessage[] {
		const box = this.smsBox(userId);
		this.promoteDue(box, now);
		if (!box.sorted) {
			box.rows.sort((a, b) => a.date - b.date);
			box.sorted = true;
		}
		return box.rows;
	}

	/** Index range [lo, hi) of `rows` (ascending by date) within date_from..date_to inclusive. */
	dateRange(rows: readonly SmsMessage[], from?: number, to?: number): [number, number] {
		const lo = from === undefined ? 0 : lowerBound(rows, from, (m) => m.date);
		const hi = to === undefined ? rows.length : lowerBound(rows, to + 1, (m) => m.date);
		return [lo, Math.max(lo, hi)];
	}

	/** Scheduled messages whose time has come become Sent (delivered). O(#scheduled). */
	private promoteDue(box: SmsBox, now: number): void {
		for (const m of box.scheduled) {
			if (m.schedule <= now) {
				m.status = 'Sent';
				m.status_code = DELIVERED.status_code;
				m.status_text = DELIVERED.status_text;
				box.scheduled.delete(m);
			}
		}
	}

	/** Cancel one scheduled message; false when it is not (or no longer) scheduled. */
	cancelSms(message: SmsMessage, now = nowSeconds()): boolean {
		const box = this.smsBox(message.user_id);
		this.promoteDue(box, now);
		if (message.status !== 'Scheduled') return false;
		markCancelled(box, message);
		return true;
	}

	/** Cancel every scheduled message of a user; returns how many were cancelled. */
	cancelAllSms(userId: number, now = nowSeconds()): number {
		const box = this.smsBox(userId);
		this.promoteDue(box, now);
		const pending = [...box.scheduled];
		for (const m of pending) markCancelled(box, m);
		return pending.length;
	}

	/**
	 * Add `n` delivered SMS history rows quickly (100,000 in well under a second). Rows cycle
	 * through the test numbers and a few shared bodies, dated evenly over `spanSeconds` up to `end`.
	 */
	seedHistory(n: number, options: SeedHistoryOptions = {}): void {
		const account = this.account(options.username ?? SANDBOX_USERNAME);
		const end = options.end ?? nowSeconds() - 1;
		const span = options.spanSeconds ?? 30 * 86_400;
		const countries = TEST_NUMBERS.map((t) => countryForNumber(t));
		for (let i = 0; i < n; i++) {
			const k = i % TEST_NUMBERS.length;
			const date = end - Math.floor(((n - 1 - i) * span) / Math.max(1, n));
			this.addSms({
				message_id: randomUUID().toUpperCase(),
				to: TEST_NUMBERS[k],
				from: 'Sandbox',
				body: SEED_BODIES[i % SEED_BODIES.length],
				custom_string: `seed-${i}`,
				country: countries[k],
				schedule: date,
				date,
				status: 'Sent',
				status_code: DELIVERED.status_code,
				status_text: DELIVERED.status_text,
				message_parts: 1,
				message_price: SMS_PRICE_PER_PART,
				list_id: null,
				contact_id: 0,
				from_email: null,
				direction: 'out',
				user_id: account.user_id,
				subaccount_id: account.subaccount_id,
				carrier: carrierFor(countries[k]),
				_api_username: account.username,
			});
		}
	}

	/** A contact of list `listId` with a new contact_id: every field empty except `values`. */
	newContact(listId: number, dateAdded: string, values: Partial<Contact> = {}): Contact {
		return {
			contact_id: this.nextId('contact'),
			list_id: listId,
			phone_number: '',
			first_name: '',
			last_name: '',
			email: null,
			fax_number: null,
			organization_name: null,
			address_line_1: null,
			address_line_2: null,
			address_city: null,
			address_state: null,
			address_postal_code: null,
			address_country: null,
			custom_1: '',
			custom_2: '',
			custom_3: '',
			custom_4: '',
			date_added: dateAdded,
			...values,
		};
	}

	/** Empty every store and restore the seed (accounts, list 428 with contacts). */
	reset(): void {
		this.accounts.clear();
		this.smsMessages.length = 0;
		this.smsById.clear();
		this.contactLists.clear();
		this.smsBoxes.clear();
		this.counters.clear();
		this.extraStores.clear();
		this.seed();
	}

	private seed(): void {
		for (const [username, kind] of SEED_ACCOUNTS) this.account(username, kind);
		this.counters.set('list', SEED_LIST_ID - 1);
		const listId = this.nextId('list');
		this.counters.set('contact', 552785);
		const dateAdded = String(nowSeconds() - 86_400);
		this.contactLists.set(listId, {
			list_id: listId,
			list_name: 'Sandbox Customers',
			list_email_id: 'GHPAJCCVGMTD9BLA',
			contacts: SEED_CONTACTS.map(([phone, first, last]) =>
				this.newContact(listId, dateAdded, { phone_number: phone, first_name: first, last_name: last }),
			),
		});
	}
}
