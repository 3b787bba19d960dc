/**
 * Stateful post routes (tags "Post Letter", "Postcards"): return addresses (CRUD, per account),
 * letter and postcard send/price/history. Direct mail, address detection and exports answer
 * their documented examples.
 *
 * Sends: the file URL(s) must be http(s) URLs (a sandbox upload must exist), else 400
 * BAD_REQUEST; `recipients` must be a non-empty array whose recipients have every address field
 * (else 400 MISSING_REQUIRED_FIELDS naming `recipients[i].<field>`) and a `return_address_id` of
 * the caller's (else 404 NOT_FOUND). Per recipient: INVALID_SCHEDULE, INSUFFICIENT_CREDIT
 * (`nocredit`), else SUCCESS; sent ones are stored for the history (Queued, or Scheduled).
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { isUsableFileUrl } from '../channel';
import { fail, missingFields, okAsDocumented, type ApplicationCode, type SandboxReply } from '../envelope';
import { isInvalidSchedule, parseSchedule, roundPrice } from '../messaging';
import { ReverseView, paginate } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxState } from '../state';
import { isKnownUpload } from './uploads';

/** One return address as ClickSend answers it. */
export interface ReturnAddress {
	return_address_id: number;
	user_id: number;
	address_name: string;
	address_line_1: string;
	address_line_2: string;
	address_city: string;
	address_state: string;
	address_postal_code: string;
	address_country: string;
}

/** Fields a return address and a post recipient must have. */
export const ADDRESS_FIELDS = ['address_name', 'address_line_1', 'address_city', 'address_state', 'address_postal_code', 'address_country'] as const;

/** Return addresses of every account, by ID. */
export function returnAddresses(state: SandboxState): Map<number, ReturnAddress> {
	return state.store('returnAddresses', () => new Map<number, ReturnAddress>());
}

/** Stored letters and postcards (all accounts), oldest first. */
export function postHistory(state: SandboxState, kind: 'letter' | 'postcard'): { user_id: number; row: Record<string, unknown> }[] {
	return state.store(kind === 'letter' ? 'postLetters' : 'postcards', () => [] as { user_id: number; row: Record<string, unknown> }[]);
}

/** Sandbox prices: letter black and white / colour, postcard (the spec's AU price list). */
export const POST_PRICES = { letterBlack: 1.27, letterColour: 1.47, postcard: 1.71 };

const CURRENCY = { currency_name_long: 'Australian Dollars', currency_name_short: 'AUD', currency_prefix_c: 'c', currency_prefix_d: '$' };

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

function object(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function ownAddress(call: RouteCall, id: unknown): ReturnAddress | undefined {
	const address = returnAddresses(call.state).get(Number(id));
	return address && address.user_id === call.account.user_id ? address : undefined;
}

function addressNotFound(id: unknown): SandboxReply {
	return fail(404, 'NOT_FOUND', `Return address ${text(id)} not found.`);
}

/** The address fields of a body (strings), or a 400 naming the missing ones. */
function readAddress(body: unknown, prefix = ''): Omit<ReturnAddress, 'return_address_id' | 'user_id'> | SandboxReply {
	const input = object(body);
	const missing = ADDRESS_FIELDS.filter((field) => text(input[field]) === '').map((field) => `${prefix}${field}`);
	if (missing.length > 0) return missingFields(missing);
	return {
		address_name: text(input.address_name),
		address_line_1: text(input.address_line_1),
		address_line_2: text(input.address_line_2),
		address_city: text(input.address_city),
		address_state: text(input.address_state),
		address_postal_code: text(input.address_postal_code),
		address_country: text(input.address_country).toUpperCase(),
	};
}

function createAddress(call: RouteCall): SandboxReply {
	const fields = readAddress(call.body);
	if ('status' in fields) return fields;
	const address: ReturnAddress = { ...fields, return_address_id: call.state.nextId('returnAddress', 1), user_id: call.account.user_id };
	returnAddresses(call.state).set(address.return_address_id, address);
	return okAsDocumented(call.op, address);
}

function updateAddress(call: RouteCall): SandboxReply {
	const address = ownAddress(call, call.params.return_address_id);
	if (!address) return addressNotFound(call.params.return_address_id);
	const fields = readAddress(call.body);
	if ('status' in fields) return fields;
	Object.assign(address, fields);
	return okAsDocumented(call.op, address);
}

function getAddress(call: RouteCall): SandboxReply {
	const address = ownAddress(call, call.params.return_address_id);
	return address ? okAsDocumented(call.op, address) : addressNotFound(call.params.return_address_id);
}

function deleteAddress(call: RouteCall): SandboxReply {
	const address = ownAddress(call, call.params.return_address_id);
	if (!address) return addressNotFound(call.params.return_address_id);
	returnAddresses(call.state).delete(address.return_address_id);
	return okAsDocumented(call.op, []);
}

function listAddresses(call: RouteCall): SandboxReply {
	const mine = [...returnAddresses(call.state).values()].filter((a) => a.user_id === call.account.user_id);
	return okAsDocumented(call.op, paginate(mine, call.query, call.url));
}

interface Recipient {
	status: ApplicationCode;
	fields: Record<string, unknown>;
	returnAddress: ReturnAddress;
	schedule: number | undefined;
}

/** Checks the files and recipients of a letter/postcard body; a reply when the request is refused. */
function readPost(call: RouteCall, files: unknown[], noCredit: boolean): Recipient[] | SandboxReply {
	if (files.length === 0) return missingFields(['file_url']);
	for (const file of files) {
		if (!isUsableFileUrl(file, (url) => isKnownUpload(call.state, url))) {
			return fail(400, 'BAD_REQUEST', `File URL "${text(file)}" is not a URL of a document ClickSend can fetch.`);
		}
	}
	const recipients = object(call.body).recipients;
	if (!Array.isArray(recipients) || recipients.length === 0) return missingFields(['recipients']);
	const out: Recipient[] = [];
	for (const [index, raw] of recipients.entries()) {
		const fields = readAddress(raw, `recipients[${index}].`);
		if ('status' in fields) return fields;
		const input = object(raw);
		if (text(input.return_address_id) === '') return missingFields([`recipients[${index}].return_address_id`]);
		const returnAddress = ownAddress(call, input.return_address_id);
		if (!returnAddress) return addressNotFound(input.return_address_id);
		const schedule = parseSchedule(input.schedule);
		const status: ApplicationCode = isInvalidSchedule(schedule, call.now) ? 'INVALID_SCHEDULE' : noCredit ? 'INSUFFICIENT_CREDIT' : 'SUCCESS';
		out.push({
			status,
			fields: { ...fields, custom_string: input.custom_string === undefined ? null : text(input.custom_string) },
			returnAddress,
			schedule,
		});
	}
	return out;
}

function postReply(call: RouteCall, kind: 'letter' | 'postcard', store: boolean): SandboxReply {
	const body = object(call.body);
	const files = kind === 'letter' ? (body.file_url === undefined ? [] : [body.file_url]) : Array.isArray(body.file_urls) ? body.file_urls : [];
	if (kind === 'postcard' && files.length > 2) return fail(400, 'BAD_REQUEST', 'Submit at most 2 file URLs.');
	const recipients = readPost(call, files, store && call.account.kind === 'nocredit');
	if (!Array.isArray(recipients)) return recipients;
	const colour = Number(body.colour ?? 0) === 1 ? 1 : 0;
	const unit = kind === 'postcard' ? POST_PRICES.postcard : colour ? POST_PRICES.letterColour : POST_PRICES.letterBlack;
	let total = 0;
	const out = recipients.map((r) => {
		const price = r.status === 'SUCCESS' ? unit : 0;
		total += price;
		const due = r.schedule !== undefined && !Number.isNaN(r.schedule) ? r.schedule : call.now;
		const row: Record<string, unknown> = {
			_api_username: call.account.username,
			_file_url: text(files[0]),
			_return_address: { ...r.returnAddress },
			...r.fields,
			...(kind === 'letter'
				? { colour, duplex: Number(body.duplex ?? 0) === 1 ? 1 : 0, priority_post: Number(body.priority_post ?? 0) === 1 ? 1 : 0, post_pages: 1 }
				: { letter_file_name: text(files[0]).split('/').pop() }),
			date_added: call.now,
			message_id: randomUUID().toUpperCase(),
			post_price: price.toFixed(4),
			return_address_id: r.returnAddress.return_address_id,
			schedule: due,
			source: '.rest.v3',
			status: r.status,
			subaccount_id: call.account.subaccount_id,
			user_id: call.account.user_id,
		};
		if (store && r.status === 'SUCCESS') {
			postHistory(call.state, kind).push({
				user_id: call.account.user_id,
				row: { ...row, list_id: null, schedule: String(due), status: due > call.now ? 'Scheduled' : 'Queued', status_code: null, status_text: null },
			});
		}
		return row;
	});
	const queued = recipients.filter((r) => r.status === 'SUCCESS').length;
	return okAsDocumented(call.op, {
		_currency: CURRENCY,
		queued_count: queued,
		recipients: out,
		total_count: recipients.length,
		total_price: roundPrice(total),
	});
}

function history(kind: 'letter' | 'postcard') {
	return (call: RouteCall): SandboxReply => {
		const mine = postHistory(call.state, kind).filter((entry) => entry.user_id === call.account.user_id);
		return okAsDocumented(call.op, paginate(new ReverseView(mine), call.query, call.url, (entry) => entry.row));
	};
}

/** Register the post handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/post/return-addresses', listAddresses);
	ctx.route('POST', '/post/return-addresses', createAddress);
	ctx.route('GET', '/post/return-addresses/{return_address_id}', getAddress);
	ctx.route('PUT', '/post/return-addresses/{return_address_id}', updateAddress);
	ctx.route('DELETE', '/post/return-addresses/{return_address_id}', deleteAddress);
	ctx.route('POST', '/post/letters/send', (call) => postReply(call, 'letter', true));
	ctx.route('POST', '/post/letters/price', (call) => postReply(call, 'letter', false));
	ctx.route('GET', '/post/letters/history', history('letter'));
	ctx.route('POST', '/post/postcards/send', (call) => postReply(call, 'postcard', true));
	ctx.route('POST', '/post/postcards/price', (call) => postReply(call, 'postcard', false));
	ctx.route('GET', '/post/postcards/history', history('postcard'));
}
