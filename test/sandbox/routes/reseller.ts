/**
 * Stateful Reseller and Reseller Accounts routes (tags "Reseller", "Reseller Accounts"):
 * - reseller settings per account (`GET`/`PUT /reseller`; `GET /reseller/{subdomain}` finds them
 *   by subdomain, 404 NOT_FOUND otherwise); the seed is the documented settings with the
 *   account's username as subdomain (`mysubdomain`, the spec's example, for the default account);
 * - client accounts per reseller: create (400 ALREADY_EXISTS for a taken username), list, get and
 *   update (404 NOT_FOUND for an unknown `client_user_id`), transfer credit (adds to the client's
 *   balance; amount must be above 0). The default account starts with the spec's example clients 24 and 60.
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { fail, okAsDocumented, type SandboxReply } from '../envelope';
import { paginate } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import { SANDBOX_USERNAME, type SandboxAccount, type SandboxState } from '../state';

type Body = Record<string, unknown>;

/** Reseller settings as `GET /reseller` answers them. */
export interface ResellerSettings {
	allow_public_signups: number;
	colour_navigation: string;
	company_name: string;
	default_margin: number;
	default_margin_numbers: number;
	logo_url_dark: string;
	logo_url_light: string;
	reseller_user_id: number;
	subdomain: string;
	trial_balance: number;
}

/** A client account of a reseller (response shape plus owner and password). */
export interface ResellerClient extends Record<string, unknown> {
	user_id: number;
	username: string;
	balance: string;
	_owner: number;
	_password: string;
}

const PROFILE_FIELDS = ['username', 'user_email', 'user_phone', 'user_first_name', 'user_last_name', 'account_name', 'country'] as const;

/** The spec's example subdomain: the default account's seeded subdomain. */
export const DOCUMENTED_SUBDOMAIN = 'mysubdomain';
/** The spec's example client user ids (24; 60 for transfer-credit), seeded as clients of the default account. */
export const DOCUMENTED_CLIENT_IDS = [24, 60];

/** Settings of every reseller, by user_id. */
export const resellerSettings = (state: SandboxState) => state.store('resellerSettings', () => new Map<number, ResellerSettings>());
/** Client accounts of every reseller, by client user_id. */
export const resellerClients = (state: SandboxState) =>
	state.store('resellerClients', () => {
		const owner = state.account(SANDBOX_USERNAME).user_id;
		return new Map<number, ResellerClient>(
			DOCUMENTED_CLIENT_IDS.map((id): [number, ResellerClient] => [
				id,
				{
					_currency: CURRENCY,
					_subaccount: { api_key: randomUUID().toUpperCase(), api_username: `client${id}`, subaccount_id: id },
					account: 0,
					account_name: `Client ${id}`,
					active: 1,
					balance: '100.000000',
					banned: 0,
					country: 'AU',
					user_email: `client${id}@example.com`,
					user_first_name: 'John',
					user_id: id,
					user_last_name: 'Doe',
					user_phone: '+61261063776',
					username: `client${id}`,
					_owner: owner,
					_password: 'pass',
				},
			]),
		);
	});

function settingsOf(state: SandboxState, account: SandboxAccount): ResellerSettings {
	const store = resellerSettings(state);
	let settings = store.get(account.user_id);
	if (!settings) {
		settings = {
			allow_public_signups: 1,
			colour_navigation: '#9999FF',
			company_name: 'MyCompany',
			default_margin: 10,
			default_margin_numbers: 20,
			logo_url_dark: 'http://yourdomain.com/dark',
			logo_url_light: 'http://yourdomain.com/light',
			reseller_user_id: account.user_id,
			subdomain: account.username === SANDBOX_USERNAME ? DOCUMENTED_SUBDOMAIN : account.username,
			trial_balance: 500,
		};
		store.set(account.user_id, settings);
	}
	return settings;
}

const CURRENCY = { currency_name_long: 'Australian Dollars', currency_name_short: 'AUD', currency_prefix_c: 'c', currency_prefix_d: '$' };

function view(client: ResellerClient): Record<string, unknown> {
	const { _owner, _password, ...rest } = client;
	void _owner;
	void _password;
	return rest;
}

function findClient(call: RouteCall, id: unknown): ResellerClient | SandboxReply {
	const client = resellerClients(call.state).get(Number(id));
	if (!client || client._owner !== call.account.user_id) return fail(404, 'NOT_FOUND', `Client account #${String(id)} not found.`);
	return client;
}

const isReply = (value: unknown): value is SandboxReply => typeof value === 'object' && value !== null && 'status' in value && 'body' in value;

function usernameTaken(state: SandboxState, username: string, except?: number): boolean {
	const wanted = username.toLowerCase();
	if (state.accounts.has(username)) return true;
	return [...resellerClients(state).values()].some((c) => c.user_id !== except && c.username.toLowerCase() === wanted);
}

function createClient(call: RouteCall): SandboxReply {
	const body = (call.body ?? {}) as Body;
	if (usernameTaken(call.state, String(body.username))) return fail(400, 'ALREADY_EXISTS', `The username "${String(body.username)}" is already taken.`);
	const id = call.state.nextId('resellerClient', 1000);
	const client: ResellerClient = {
		_currency: CURRENCY,
		_subaccount: {
			access_billing: 1,
			access_contacts: 0,
			access_reporting: 1,
			access_settings: 1,
			access_users: 1,
			api_key: randomUUID().toUpperCase(),
			api_username: String(body.username),
			email: String(body.user_email),
			first_name: String(body.user_first_name),
			last_name: String(body.user_last_name),
			phone_number: String(body.user_phone),
			subaccount_id: id,
		},
		account: 0,
		active: 1,
		balance: '0.000000',
		banned: 0,
		default_country_sms: String(body.country),
		timezone: 'Australia/Melbourne',
		user_id: id,
		username: String(body.username),
		_owner: call.account.user_id,
		_password: String(body.password),
	};
	for (const field of PROFILE_FIELDS) client[field] = String(body[field]);
	resellerClients(call.state).set(id, client);
	return okAsDocumented(call.op, view(client));
}

function updateClient(call: RouteCall): SandboxReply {
	const client = findClient(call, call.params.client_user_id);
	if (isReply(client)) return client;
	const body = (call.body ?? {}) as Body;
	if (usernameTaken(call.state, String(body.username), client.user_id) && String(body.username) !== client.username) {
		return fail(400, 'ALREADY_EXISTS', `The username "${String(body.username)}" is already taken.`);
	}
	for (const field of PROFILE_FIELDS) if (body[field] !== undefined) client[field] = String(body[field]);
	if (body.password !== undefined) client._password = String(body.password);
	return okAsDocumented(call.op, view(client));
}

function transferCredit(call: RouteCall): SandboxReply {
	const body = (call.body ?? {}) as Body;
	const client = findClient(call, body.client_user_id);
	if (isReply(client)) return client;
	const amount = Number(body.balance);
	if (!Number.isFinite(amount) || amount <= 0) return fail(400, 'BAD_REQUEST', 'The amount must be above 0.');
	if (!/^[A-Z]{3}$/.test(String(body.currency))) return fail(400, 'BAD_REQUEST', 'Invalid currency.');
	if (call.account.kind === 'nocredit') return fail(400, 'INSUFFICIENT_CREDIT');
	client.balance = (Number(client.balance) + amount).toFixed(6);
	return okAsDocumented(call.op, view(client));
}

/** Register the Reseller and Reseller Accounts handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/reseller', (call) => okAsDocumented(call.op, [settingsOf(call.state, call.account)]));
	ctx.route('PUT', '/reseller', (call) => {
		const body = (call.body ?? {}) as Body;
		const settings = settingsOf(call.state, call.account);
		const flag = body.allow_public_signups;
		if (flag !== 0 && flag !== 1) return fail(400, 'BAD_REQUEST', 'allow_public_signups must be 1 or 0.');
		const taken = [...resellerSettings(call.state).values()].some(
			(s) => s.reseller_user_id !== call.account.user_id && s.subdomain.toLowerCase() === String(body.subdomain).toLowerCase(),
		);
		if (taken) return fail(400, 'ALREADY_EXISTS', `The subdomain "${String(body.subdomain)}" is already taken.`);
		Object.assign(settings, {
			allow_public_signups: flag,
			colour_navigation: String(body.colour_navigation),
			company_name: String(body.company_name),
			default_margin: Number(body.default_margin),
			default_margin_numbers: Number(body.default_margin_numbers),
			logo_url_dark: String(body.logo_url_dark),
			logo_url_light: String(body.logo_url_light),
			subdomain: String(body.subdomain),
			trial_balance: Number(body.trial_balance),
		});
		return okAsDocumented(call.op, settings);
	});
	ctx.route('GET', '/reseller/{subdomain}', (call) => {
		settingsOf(call.state, call.account);
		const wanted = call.params.subdomain.toLowerCase();
		const settings = [...resellerSettings(call.state).values()].find((s) => s.subdomain.toLowerCase() === wanted);
		if (!settings) return fail(404, 'NOT_FOUND', `No reseller with subdomain "${call.params.subdomain}".`);
		const { allow_public_signups, colour_navigation, company_name, logo_url_dark, logo_url_light, reseller_user_id } = settings;
		return okAsDocumented(call.op, { allow_public_signups, colour_navigation, company_name, logo_url_dark, logo_url_light, reseller_user_id });
	});
	ctx.route('GET', '/reseller/accounts', (call) => {
		const rows = [...resellerClients(call.state).values()].filter((c) => c._owner === call.account.user_id);
		return okAsDocumented(call.op, paginate(rows, call.query, call.url, view));
	});
	ctx.route('POST', '/reseller/accounts', createClient);
	ctx.route('GET', '/reseller/accounts/{client_user_id}', (call) => {
		const client = findClient(call, call.params.client_user_id);
		return isReply(client) ? client : okAsDocumented(call.op, view(client));
	});
	ctx.route('PUT', '/reseller/accounts/{client_user_id}', updateClient);
	ctx.route('PUT', '/reseller/transfer-credit', transferCredit);
}
