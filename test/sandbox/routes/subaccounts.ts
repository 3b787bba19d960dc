/**
 * Stateful Subaccounts routes (tag "Subaccounts"): each account's subaccounts, created, listed,
 * read, updated, deleted and given a new API key. Unknown IDs answer 404 NOT_FOUND; permission
 * flags must be 0 or 1 (400 BAD_REQUEST otherwise); a taken `api_username` is 400 ALREADY_EXISTS.
 * The default account starts with the spec's example subaccounts 59 and 2837.
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { fail, ok, okAsDocumented, type SandboxReply } from '../envelope';
import { paginate } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import { SANDBOX_USERNAME, type SandboxState } from '../state';

/** A stored subaccount (response shape plus owner and password). */
export interface SandboxSubaccount {
	subaccount_id: number;
	api_username: string;
	api_key: string;
	email: string;
	first_name: string;
	last_name: string;
	phone_number: string;
	notes: string | null;
	access_billing: number;
	access_contacts: number;
	access_email: number;
	access_fax: number;
	access_mms: number;
	access_post: number;
	access_reporting: number;
	access_reseller: number;
	access_settings: number;
	access_sms: number;
	access_users: number;
	access_voice: number;
	share_campaigns: number;
	/** user_id of the account owning it. */
	_owner: number;
	_password: string;
}

/** Flags a create/update body may set (0 or 1). */
export const SUBACCOUNT_FLAGS = [
	'access_billing',
	'access_contacts',
	'access_email',
	'access_fax',
	'access_mms',
	'access_post',
	'access_reporting',
	'access_reseller',
	'access_settings',
	'access_sms',
	'access_users',
	'access_voice',
	'share_campaigns',
] as const;

const TEXT_FIELDS = ['email', 'first_name', 'last_name', 'phone_number', 'notes'] as const;

/** The spec's example subaccount ids (59, and 2837 for regen-api-key), seeded for the default account. */
export const DOCUMENTED_SUBACCOUNT_IDS = [59, 2837];

/** Every account's subaccounts by id (one store for all accounts; `_owner` says whose). */
export const subaccounts = (state: SandboxState) =>
	state.store('subaccounts', () => {
		const owner = state.account(SANDBOX_USERNAME).user_id;
		const seeded = DOCUMENTED_SUBACCOUNT_IDS.map((id, i): [number, SandboxSubaccount] => [
			id,
			{
				subaccount_id: id,
				api_username: `user${id}`,
				api_key: randomUUID().toUpperCase(),
				email: i === 0 ? 'testvrq@gmail.com' : 'john@doe.com',
				first_name: i === 0 ? 'FirstnameeGPqV' : 'John',
				last_name: i === 0 ? 'LastnamePvjJp' : 'Doe',
				phone_number: i === 0 ? '+619417513278' : '+13523944199',
				notes: null,
				...(Object.fromEntries(SUBACCOUNT_FLAGS.map((flag) => [flag, flag === 'share_campaigns' ? 0 : 1])) as Record<(typeof SUBACCOUNT_FLAGS)[number], number>),
				_owner: owner,
				_password: 'pass',
			},
		]);
		return new Map<number, SandboxSubaccount>(seeded);
	});

function view(row: SandboxSubaccount): Record<string, unknown> {
	const { _owner, _password, ...rest } = row;
	void _owner;
	void _password;
	return rest;
}

type Body = Record<string, unknown>;

/** Checks flags are 0/1; returns an error reply or undefined. */
function badFlag(body: Body): SandboxReply | undefined {
	for (const flag of SUBACCOUNT_FLAGS) {
		if (body[flag] === undefined) continue;
		if (body[flag] !== 0 && body[flag] !== 1 && body[flag] !== '0' && body[flag] !== '1') {
			return fail(400, 'BAD_REQUEST', `Your ${flag.replace(/_/g, ' ')} flag value, must be 1 or 0.`);
		}
	}
	return undefined;
}

function find(call: RouteCall): SandboxSubaccount | SandboxReply {
	const row = subaccounts(call.state).get(Number(call.params.subaccount_id));
	if (!row || row._owner !== call.account.user_id) return fail(404, 'NOT_FOUND', `Subaccount #${call.params.subaccount_id} not found.`);
	return row;
}

const isReply = (value: unknown): value is SandboxReply => typeof value === 'object' && value !== null && 'status' in value && 'body' in value;

function create(call: RouteCall): SandboxReply {
	const body = (call.body ?? {}) as Body;
	const invalid = badFlag(body);
	if (invalid) return invalid;
	const store = subaccounts(call.state);
	const username = String(body.api_username);
	if ([...store.values()].some((s) => s.api_username.toLowerCase() === username.toLowerCase())) {
		return fail(400, 'ALREADY_EXISTS', `The api username "${username}" is already taken.`);
	}
	const id = call.state.nextId('subaccount', 60);
	const row: SandboxSubaccount = {
		subaccount_id: id,
		api_username: username,
		api_key: randomUUID().toUpperCase(),
		email: String(body.email),
		first_name: String(body.first_name),
		last_name: String(body.last_name),
		phone_number: String(body.phone_number),
		notes: null,
		access_billing: 1,
		access_contacts: 1,
		access_email: 1,
		access_fax: 1,
		access_mms: 1,
		access_post: 1,
		access_reporting: 1,
		access_reseller: 1,
		access_settings: 1,
		access_sms: 1,
		access_users: 1,
		access_voice: 1,
		share_campaigns: 0,
		_owner: call.account.user_id,
		_password: String(body.password),
	};
	for (const flag of SUBACCOUNT_FLAGS) if (body[flag] !== undefined) row[flag] = Number(body[flag]);
	store.set(id, row);
	return okAsDocumented(call.op, view(row));
}

function update(call: RouteCall): SandboxReply {
	const row = find(call);
	if (isReply(row)) return row;
	const body = (call.body ?? {}) as Body;
	const invalid = badFlag(body);
	if (invalid) return invalid;
	for (const flag of SUBACCOUNT_FLAGS) if (body[flag] !== undefined) row[flag] = Number(body[flag]);
	for (const field of TEXT_FIELDS) if (body[field] !== undefined) (row as unknown as Body)[field] = body[field] === null ? null : String(body[field]);
	if (body.password !== undefined) row._password = String(body.password);
	return ok(view(row), `Subaccount #${row.subaccount_id} has been updated.`);
}

/** Register the Subaccounts handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/subaccounts', (call) => {
		const rows = [...subaccounts(call.state).values()].filter((s) => s._owner === call.account.user_id);
		return okAsDocumented(call.op, paginate(rows, call.query, call.url, view));
	});
	ctx.route('POST', '/subaccounts', create);
	ctx.route('GET', '/subaccounts/{subaccount_id}', (call) => {
		const row = find(call);
		return isReply(row) ? row : okAsDocumented(call.op, view(row));
	});
	ctx.route('PUT', '/subaccounts/{subaccount_id}', update);
	ctx.route('DELETE', '/subaccounts/{subaccount_id}', (call) => {
		const row = find(call);
		if (isReply(row)) return row;
		subaccounts(call.state).delete(row.subaccount_id);
		return ok(true, `Subaccount #${row.subaccount_id} has been deleted`);
	});
	ctx.route('PUT', '/subaccounts/{subaccount_id}/regen-api-key', (call) => {
		const row = find(call);
		if (isReply(row)) return row;
		row.api_key = randomUUID().toUpperCase();
		return okAsDocumented(call.op, { api_key: row.api_key });
	});
}
