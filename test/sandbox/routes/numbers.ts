/**
 * Stateful Numbers routes (tag "Numbers"): a fixed, deterministic pool of numbers available per
 * country (`GET /numbers/search/{country}` with `search` and `search_type` 0 = starts with,
 * 1 = anywhere, 2 = ends with, matched on the national digits), bought with
 * `POST /numbers/buy/{dedicated_number}` (then listed by `GET /numbers` and no longer available).
 * A number outside the pool is 404 NOT_FOUND, one already bought 400 ALREADY_EXISTS, `nocredit`
 * gets 400 INSUFFICIENT_CREDIT.
 */
import type { FastifyInstance } from 'fastify';
import { fail, ok, okAsDocumented } from '../envelope';
import { paginate, queryValue } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxState } from '../state';

/** Countries with numbers for sale: calling code, national digits, name, currency, monthly price. */
export const NUMBER_COUNTRIES: Readonly<Record<string, { code: string; digits: number; name: string; currency: string; price: string }>> = {
	AU: { code: '61', digits: 9, name: 'Australia', currency: 'AUD', price: '18.59' },
	GB: { code: '44', digits: 10, name: 'United Kingdom', currency: 'GBP', price: '15.00' },
	NZ: { code: '64', digits: 9, name: 'New Zealand', currency: 'NZD', price: '20.00' },
	US: { code: '1', digits: 10, name: 'United States of America', currency: 'USD', price: '26.94' },
};

/** Numbers in each country's pool. */
export const POOL_SIZE = 250;

const pools = new Map<string, string[]>();

/** The country's available-number pool (E.164), deterministic. */
export function numberPool(country: string): string[] {
	const info = NUMBER_COUNTRIES[country];
	if (!info) return [];
	let pool = pools.get(country);
	if (!pool) {
		// The spec's example number is for sale, so the documented buy request succeeds.
		pool = country === 'US' ? ['+12282060576'] : [];
		let seed = [...country].reduce((acc, ch) => acc * 31 + ch.charCodeAt(0), 7);
		const leading = country === 'AU' ? '4' : country === 'GB' ? '7' : '2';
		while (pool.length < POOL_SIZE) {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			const national = (leading + String(seed).padStart(info.digits, '0')).slice(0, info.digits);
			const number = `+${info.code}${national}`;
			if (!pool.includes(number)) pool.push(number);
		}
		pools.set(country, pool);
	}
	return pool;
}

/** A bought number as `GET /numbers` lists it. */
export interface OwnedNumber {
	_country_name: string;
	country: string;
	dedicated_number: string;
	price: string;
	_owner: number;
}

/** Bought numbers of every account, by number. */
export const ownedNumbers = (state: SandboxState) => state.store('dedicatedNumbers', () => new Map<string, OwnedNumber>());

function countryOf(number: string): string | undefined {
	return Object.keys(NUMBER_COUNTRIES).find((country) => numberPool(country).includes(number));
}

function currency(country: string) {
	const code = NUMBER_COUNTRIES[country]?.currency ?? 'AUD';
	return { currency_name_long: code, currency_name_short: code, currency_prefix_c: 'c', currency_prefix_d: '$' };
}

function search(call: RouteCall) {
	const country = call.params.country.toUpperCase();
	if (!/^[A-Z]{2}$/.test(country)) return fail(400, 'BAD_REQUEST', 'Invalid country.');
	const info = NUMBER_COUNTRIES[country];
	const pattern = (queryValue(call.query, 'search') ?? '').trim();
	const type = Number(queryValue(call.query, 'search_type') ?? 1);
	if (![0, 1, 2].includes(type)) return fail(400, 'BAD_REQUEST', 'search_type must be 0, 1 or 2.');
	const owned = ownedNumbers(call.state);
	const rows = numberPool(country)
		.filter((number) => !owned.has(number))
		.filter((number) => {
			if (!pattern) return true;
			const national = number.slice(1 + (info?.code.length ?? 0));
			return type === 0 ? national.startsWith(pattern) : type === 2 ? national.endsWith(pattern) : national.includes(pattern);
		})
		.map((number) => ({ country, country_name: info.name, currency: info.currency, dedicated_number: number, price: info.price }));
	return okAsDocumented(call.op, paginate(rows, call.query, call.url));
}

function buy(call: RouteCall) {
	const number = call.params.dedicated_number.trim();
	const owned = ownedNumbers(call.state);
	if (owned.has(number)) return fail(400, 'ALREADY_EXISTS', `${number} has already been bought.`);
	const country = countryOf(number);
	if (!country) return fail(404, 'NOT_FOUND', `${number} is not available.`);
	if (call.account.kind === 'nocredit') return fail(400, 'INSUFFICIENT_CREDIT');
	const info = NUMBER_COUNTRIES[country];
	owned.set(number, { _country_name: info.name, country, dedicated_number: number, price: info.price, _owner: call.account.user_id });
	return ok(
		{ _currency: currency(country), _price_monthly: info.price, _price_setup: '0.00', country, dedicated_number: number, price_total: info.price },
		'Here is your new number.',
	);
}

/** Register the Numbers handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/numbers', (call) => {
		const rows = [...ownedNumbers(call.state).values()].filter((n) => n._owner === call.account.user_id);
		const page = paginate(rows, call.query, call.url, ({ _country_name, country, dedicated_number, price }) => ({
			_country_name,
			country,
			dedicated_number,
			price,
		}));
		return okAsDocumented(call.op, { _currency: currency('AU'), ...page });
	});
	ctx.route('GET', '/numbers/search/{country}', search);
	ctx.route('POST', '/numbers/buy/{dedicated_number}', buy);
}
