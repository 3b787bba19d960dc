/**
 * Stateful SMS campaign routes (tag "SMS Campaigns"), per account: send (create), price, list,
 * get, update, cancel, and link tracking/statistics/export of an existing campaign.
 * A campaign due later is `Queued` until its schedule passes (then `Sent`); only a Queued campaign
 * can be updated or cancelled (else 400 BAD_REQUEST). Unknown or foreign ids answer 404 NOT_FOUND;
 * an unknown contact list answers 400 NOT_ENOUGH_PERMISSION_TO_LIST_ID.
 */
import type { FastifyInstance } from 'fastify';
import { fail, missingFields, okAsDocumented, type SandboxReply } from '../envelope';
import {
	SMS_PRICE_PER_PART,
	isInvalidSchedule,
	isValidSenderId,
	messageParts,
	parseSchedule,
	roundPrice,
} from '../messaging';
import { ReverseView, paginate } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { Contact, ContactList, SandboxState } from '../state';

/** One SMS campaign as stored (strings where the spec's examples have strings). */
export interface SmsCampaign {
	sms_campaign_id: number;
	user_id: number;
	subaccount_id: number;
	list_id: number;
	name: string;
	body: string;
	from: string;
	/** Unix seconds. */
	schedule: number;
	/** Unix seconds. */
	date_added: number;
	status: 'Queued' | 'Sent' | 'Cancelled';
	url_to_shorten: string | null;
}

/** Campaigns of every account by id, in creation order. */
export const smsCampaigns = (state: SandboxState): Map<number, SmsCampaign> =>
	state.store('smsCampaigns', () => new Map<number, SmsCampaign>());

function view(c: SmsCampaign, list?: ContactList): Record<string, unknown> {
	return {
		_total_count: list?.contacts.length ?? 0,
		body: c.body,
		custom_string: null,
		date_added: String(c.date_added),
		from: c.from,
		ip_address: '127.0.0.1',
		list_id: c.list_id,
		name: c.name,
		schedule: String(c.schedule),
		sms_campaign_id: c.sms_campaign_id,
		source: null,
		status: c.status,
		subaccount_id: c.subaccount_id,
		...(c.url_to_shorten ? { url_to_shorten: c.url_to_shorten } : {}),
		user_id: c.user_id,
	};
}

/** Queued campaigns whose time has come become Sent. */
function promote(c: SmsCampaign, now: number): SmsCampaign {
	if (c.status === 'Queued' && c.schedule <= now) c.status = 'Sent';
	return c;
}

interface CampaignInput {
	list: ContactList;
	name: string;
	body: string;
	from: string;
	schedule: number;
	url_to_shorten: string | null;
}

/** Checks a send/price/update body; returns the campaign fields or the error reply ClickSend gives. */
function readInput(call: RouteCall): CampaignInput | SandboxReply {
	const input = (call.body ?? {}) as Record<string, unknown>;
	const missing = ['list_id', 'name', 'body'].filter((k) => input[k] === undefined || input[k] === null || String(input[k]).trim() === '');
	if (missing.length > 0) return missingFields(missing);
	const list = call.state.contactLists.get(Number(input.list_id));
	if (!list) {
		return fail(400, 'NOT_ENOUGH_PERMISSION_TO_LIST_ID', `Don't have enough privilege to access or send to a list_id ${String(input.list_id)}.`);
	}
	if (!isValidSenderId(input.from)) return fail(400, 'INVALID_SENDER_ID');
	const schedule = parseSchedule(input.schedule);
	if (isInvalidSchedule(schedule, call.now)) return fail(400, 'INVALID_SCHEDULE');
	const url = input.url_to_shorten === undefined || input.url_to_shorten === null ? '' : String(input.url_to_shorten);
	if (url !== '' && !/^https?:\/\//i.test(url)) return fail(400, 'BAD_REQUEST', 'url_to_shorten must be an http or https URL.');
	return {
		list,
		name: String(input.name),
		body: String(input.body),
		from: input.from === undefined || input.from === null ? '' : String(input.from),
		schedule: schedule ?? call.now,
		url_to_shorten: url === '' ? null : url,
	};
}

const isReply = (value: unknown): value is SandboxReply =>
	typeof value === 'object' && value !== null && 'status' in value && 'body' in value && !('list' in value);

/** ClickSend's contact placeholders ([First Name], (First Name), …) filled for one contact. */
function personalise(body: string, contact: Contact | undefined): string {
	if (!contact) return body;
	return body
		.replace(/[[(]first ?name[\])]/gi, contact.first_name)
		.replace(/[[(]last ?name[\])]/gi, contact.last_name);
}

function ownCampaign(call: RouteCall): SmsCampaign | undefined {
	const id = Number(call.params.sms_campaign_id ?? call.params.campaign_id);
	const campaign = smsCampaigns(call.state).get(id);
	return campaign && campaign.user_id === call.account.user_id ? promote(campaign, call.now) : undefined;
}

function notFound(call: RouteCall): SandboxReply {
	return fail(404, 'NOT_FOUND', `SMS campaign ${call.params.sms_campaign_id ?? call.params.campaign_id ?? ''} not found.`);
}

function send(call: RouteCall): SandboxReply {
	const input = readInput(call);
	if (isReply(input)) return input;
	const campaign: SmsCampaign = {
		sms_campaign_id: call.state.nextId('smsCampaign'),
		user_id: call.account.user_id,
		subaccount_id: call.account.subaccount_id,
		list_id: input.list.list_id,
		name: input.name,
		body: input.body,
		from: input.from,
		schedule: input.schedule,
		date_added: call.now,
		status: input.schedule > call.now ? 'Queued' : 'Sent',
		url_to_shorten: input.url_to_shorten,
	};
	smsCampaigns(call.state).set(campaign.sms_campaign_id, campaign);
	return okAsDocumented(call.op, view(campaign, input.list));
}

function price(call: RouteCall): SandboxReply {
	const input = readInput(call);
	if (isReply(input)) return input;
	const count = input.list.contacts.length;
	const parts = input.list.contacts.reduce((sum, contact) => sum + messageParts(personalise(input.body, contact)), 0);
	return okAsDocumented(call.op, {
		currency: structuredClone((call.op?.example as { data?: { currency?: unknown } } | undefined)?.data?.currency ?? null),
		data: { body: personalise(input.body, input.list.contacts[0]), from: input.from, schedule: input.schedule },
		total_count: count,
		total_price: roundPrice(parts * SMS_PRICE_PER_PART).toFixed(4),
	});
}

function list(call: RouteCall): SandboxReply {
	const own = [...smsCampaigns(call.state).values()]
		.filter((c) => c.user_id === call.account.user_id)
		.map((c) => promote(c, call.now));
	return okAsDocumented(
		call.op,
		paginate(new ReverseView(own), call.query, call.url, (c) => view(c, call.state.contactLists.get(c.list_id))),
	);
}

function get(call: RouteCall): SandboxReply {
	const campaign = ownCampaign(call);
	if (!campaign) return notFound(call);
	return okAsDocumented(call.op, view(campaign, call.state.contactLists.get(campaign.list_id)));
}

function update(call: RouteCall): SandboxReply {
	const campaign = ownCampaign(call);
	if (!campaign) return notFound(call);
	if (campaign.status !== 'Queued') {
		return fail(400, 'BAD_REQUEST', `SMS campaign ${campaign.sms_campaign_id} is ${campaign.status.toLowerCase()} and cannot be updated.`);
	}
	const input = readInput(call);
	if (isReply(input)) return input;
	Object.assign(campaign, {
		list_id: input.list.list_id,
		name: input.name,
		body: input.body,
		from: input.from,
		schedule: input.schedule,
		status: input.schedule > call.now ? 'Queued' : 'Sent',
	});
	return okAsDocumented(call.op, view(campaign, input.list));
}

function cancel(call: RouteCall): SandboxReply {
	const campaign = ownCampaign(call);
	if (!campaign) return notFound(call);
	if (campaign.status !== 'Queued') {
		return fail(400, 'BAD_REQUEST', `SMS campaign ${campaign.sms_campaign_id} is ${campaign.status.toLowerCase()} and cannot be cancelled.`);
	}
	campaign.status = 'Cancelled';
	return okAsDocumented(call.op, view(campaign, call.state.contactLists.get(campaign.list_id)));
}

function linkTracking(call: RouteCall): SandboxReply {
	const campaign = ownCampaign(call);
	if (!campaign) return notFound(call);
	const contacts = call.state.contactLists.get(campaign.list_id)?.contacts ?? [];
	return okAsDocumented(
		call.op,
		paginate(contacts, call.query, call.url, (c) => ({
			contact: { contact_id: c.contact_id, first_name: c.first_name, last_name: c.last_name, phone_number: c.phone_number },
			date_opened: null,
			open_count: 0,
			user_browser: null,
			user_device: null,
			user_geo_country: null,
			user_geo_region: null,
			user_os: null,
		})),
	);
}

function linkStatistics(call: RouteCall): SandboxReply {
	if (!ownCampaign(call)) return notFound(call);
	return okAsDocumented(call.op, structuredClone((call.op?.example as { data?: unknown } | undefined)?.data ?? {}));
}

function linkExport(call: RouteCall): SandboxReply {
	if (!ownCampaign(call)) return notFound(call);
	const filename = String(call.query.filename ?? 'export.csv');
	return okAsDocumented(call.op, {
		url: `https://rest.clicksend.com/files/${call.params.campaign_id}-LINKS?filename=${encodeURIComponent(filename)}`,
	});
}

/** Register the SMS campaign handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('POST', '/sms-campaigns/send', send);
	ctx.route('POST', '/sms-campaigns/price', price);
	ctx.route('GET', '/sms-campaigns', list);
	ctx.route('GET', '/sms-campaigns/{sms_campaign_id}', get);
	ctx.route('PUT', '/sms-campaigns/{sms_campaign_id}', update);
	ctx.route('PUT', '/sms-campaigns/{sms_campaign_id}/cancel', cancel);
	ctx.route('GET', '/sms-campaigns/{campaign_id}/link-tracking', linkTracking);
	ctx.route('GET', '/sms-campaigns/{campaign_id}/link-statistics', linkStatistics);
	ctx.route('GET', '/sms-campaigns/{campaign_id}/link-export', linkExport);
}
