/**
 * Stateful Account Recharge routes (tag "Account Recharge"): each account's recharge
 * transactions (16 seeded, newest first), `PUT /recharge/purchase/{package_id}` adds one for a
 * documented package (404 NOT_FOUND for another id), `GET /recharge/transactions/{transaction_id}`
 * finds one by invoice number (404 NOT_FOUND otherwise), `GET /recharge/packages` needs a
 * `country` (400 MISSING_REQUIRED_FIELDS otherwise).
 * The newest seeded transaction has the spec's example id `cb726c65`.
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { fail, missingFields, ok, okAsDocumented } from '../envelope';
import { ReverseView, paginate, queryValue } from '../paginate';
import type { RouteContext } from '../server';
import type { SandboxState } from '../state';

/** One recharge transaction as ClickSend lists it. */
export interface RechargeTransaction {
	amount: string;
	currency: string;
	date: number;
	invoice_number: string;
}

/** Invoice number of the newest seeded transaction: the spec's example `transaction_id`. */
export const DOCUMENTED_TRANSACTION_ID = 'cb726c65';

/** Transactions seeded per account. */
export const SEEDED_TRANSACTIONS = 16;

/** Each account's transactions, oldest first (listed newest first). */
export const rechargeTransactions = (state: SandboxState) => state.store('rechargeTransactions', () => new Map<number, RechargeTransaction[]>());

function transactionsOf(state: SandboxState, userId: number, now: number): RechargeTransaction[] {
	const store = rechargeTransactions(state);
	let rows = store.get(userId);
	if (!rows) {
		rows = Array.from({ length: SEEDED_TRANSACTIONS }, (_, i) => ({
			amount: '20.00',
			currency: 'AUD',
			date: now - (SEEDED_TRANSACTIONS - i) * 86_400,
			invoice_number: randomUUID(),
		}));
		// The spec's example transaction id, so GET /recharge/transactions/cb726c65 answers as documented.
		rows[rows.length - 1].invoice_number = DOCUMENTED_TRANSACTION_ID;
		store.set(userId, rows);
	}
	return rows;
}

/** Register the Account Recharge handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	const packagesOp = ctx.operation('GET', '/recharge/packages');
	const documentedPackages = () =>
		((packagesOp?.example as { data?: { packages?: { package_id: number; package_price: string }[] } } | undefined)?.data?.packages ?? []);

	ctx.route('GET', '/recharge/packages', (call) => {
		const country = queryValue(call.query, 'country');
		if (!country) return missingFields(['country']);
		return okAsDocumented(call.op, structuredClone((call.op?.example as { data?: unknown } | undefined)?.data ?? {}));
	});
	ctx.route('PUT', '/recharge/purchase/{package_id}', (call) => {
		const wanted = Number(call.params.package_id);
		const found = documentedPackages().find((p) => p.package_id === wanted);
		if (!found) return fail(404, 'NOT_FOUND', `Package #${call.params.package_id} not found.`);
		const rows = transactionsOf(call.state, call.account.user_id, call.now);
		rows.push({ amount: found.package_price, currency: 'AUD', date: call.now, invoice_number: randomUUID() });
		return ok(
			{ amount: found.package_price, amount_aud: found.package_price, currency: 'AUD', date: call.now, user_id: call.account.user_id },
			`Successfully purchased a package #${wanted}`,
		);
	});
	ctx.route('GET', '/recharge/transactions', (call) => {
		const rows = transactionsOf(call.state, call.account.user_id, call.now);
		return okAsDocumented(call.op, paginate(new ReverseView(rows), call.query, call.url));
	});
	ctx.route('GET', '/recharge/transactions/{transaction_id}', (call) => {
		const row = transactionsOf(call.state, call.account.user_id, call.now).find((t) => t.invoice_number === call.params.transaction_id);
		if (!row) return fail(404, 'NOT_FOUND', `Transaction ${call.params.transaction_id} not found.`);
		return ok({ ...row }, 'Here is your transaction.');
	});
}
