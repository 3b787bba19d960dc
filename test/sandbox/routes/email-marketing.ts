/**
 * Stateful Email Marketing routes (tag "Email Marketing"): allowed email addresses (create →
 * send verification → verify → list → delete), master templates and categories (read-only, from
 * the spec's examples), the account's email templates (CRUD, image upload) and email campaigns
 * (price, send to a contact list, list, get, update, cancel, per-recipient history).
 * The allowed addresses are also read by the transactional email routes (email.ts).
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { fail, missingFields, okAsDocumented, type SandboxReply } from '../envelope';
import { isInvalidSchedule, parseSchedule, roundPrice } from '../messaging';
import { paginate } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { Contact, SandboxAccount, SandboxState } from '../state';

/** Sandbox price of one campaign email, in the account currency. */
export const EMAIL_CAMPAIGN_PRICE = 0.0011;

/** Loose email check shared by the email routes (`name@domain.tld`). */
export function isEmailAddress(value: unknown): value is string {
	return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** An allowed (sender) email address of one account. */
export interface AllowedEmailAddress {
	email_address_id: number;
	email_address: string;
	verified: 0 | 1;
	/** Unix seconds, as a string like the spec's examples. */
	date_added: string;
	user_id: number;
	/** Token ClickSend emails to the address; Verify needs it. */
	activation_token: string;
	/** Verification emails "sent" (1 at creation). */
	verification_emails: number;
}

/** One of ClickSend's master templates. */
export interface MasterTemplate {
	template_id_master: number;
	template_name: string;
	category_id: number;
	date_added: string;
	thumbnail: { large: string; small: string };
	body: string;
}

/** An email template of one account (a copy of a master template). */
export interface EmailTemplate {
	template_id: number;
	template_name: string;
	template_id_master: number;
	body: string;
	user_id: number;
	images: string[];
}

/** One recipient row of a campaign's history. */
export interface CampaignRecipient {
	click_count: number;
	contact_id: number;
	email_campaign_id: number;
	from_address: string;
	from_name: string;
	hard_bounce_count: number;
	message_id: string;
	open_count: number;
	processed_at: number | null;
	soft_bounce_count: number;
	status: string | null;
	subject: string;
	to_address: string;
	to_name: string;
}

/** An email campaign, in ClickSend's shape, plus its recipients. */
export interface EmailCampaign {
	abuse_count: number;
	body: string;
	body_plain_text: string;
	click_count: number;
	custom_string: string;
	date_added: string;
	email_campaign_id: number;
	from_email_address_id: number;
	from_name: string;
	hard_bounce_count: number;
	list_id: number;
	name: string;
	open_count: number;
	/** Unix seconds as a string, '' for immediate. */
	schedule: string;
	send_count: number;
	soft_bounce_count: number;
	status: 'Scheduled' | 'Sent' | 'Cancelled';
	subaccount_id: number;
	subject: string;
	template_id: number;
	unsubscribe_count: number;
	user_id: number;
	recipients: CampaignRecipient[];
}

/** Every Email Marketing store (one per sandbox, rows carry their owner's user_id). */
export interface EmailMarketingState {
	addresses: Map<number, AllowedEmailAddress>;
	masters: Map<number, MasterTemplate>;
	categories: Map<number, { category_id: number; name: string }>;
	templates: Map<number, EmailTemplate>;
	campaigns: Map<number, EmailCampaign>;
	next: { address: number; template: number; campaign: number };
}

const THUMB = 'https://s3-ap-southeast-2.amazonaws.com/clicksend-api-downloads/_email-marketing/_templates-master';

function masterBody(name: string): string {
	return `<!DOCTYPE html><html><body><table><tr><td><h1>${name}</h1><p>{{content}}</p></td></tr></table></body></html>`;
}

const SEED_MASTERS: readonly [number, string, number, string][] = [
	[1, 'Minty', 1, '1445848821'],
	[11, 'Newsletter', 15, '1445848821'],
	[57, 'Basic 2', 1, '1458182912'],
];

const SEED_CATEGORIES: readonly [number, string][] = [
	[1, 'Featured'],
	[4, 'Birthday'],
	[15, 'Newsletters'],
	[23, 'Blank Template'],
];

/** The seeded user (the default `sandbox` account). */
const SEED_USER = 1;

function seed(): EmailMarketingState {
	const state: EmailMarketingState = {
		addresses: new Map(),
		masters: new Map(),
		categories: new Map(),
		templates: new Map(),
		campaigns: new Map(),
		next: { address: 10, template: 300, campaign: 100 },
	};
	const addresses: [number, string, 0 | 1][] = [
		[1, 'sender@example.com', 1],
		[2, 'marketing@example.com', 1],
		[3, 'pending@example.com', 0],
	];
	for (const [id, email, verified] of addresses) {
		state.addresses.set(id, {
			email_address_id: id,
			email_address: email,
			verified,
			date_added: '1447736880',
			user_id: SEED_USER,
			activation_token: `SEED${id}TOKEN`,
			verification_emails: 1,
		});
	}
	for (const [id, name] of SEED_CATEGORIES) state.categories.set(id, { category_id: id, name });
	for (const [id, name, category, date] of SEED_MASTERS) {
		const slug = name.toLowerCase().replace(/\s+/g, '');
		state.masters.set(id, {
			template_id_master: id,
			template_name: name,
			category_id: category,
			date_added: date,
			thumbnail: { large: `${THUMB}/${slug}/thumb-large.jpg`, small: `${THUMB}/${slug}/thumb-small.jpg` },
			body: masterBody(name),
		});
	}
	state.templates.set(281, {
		template_id: 281,
		template_name: 'Welcome',
		template_id_master: 57,
		body: masterBody('Welcome'),
		user_id: SEED_USER,
		images: [],
	});
	return state;
}

/** The Email Marketing stores of a sandbox (seeded: addresses 1, 2 verified and 3 pending, template 281, masters 1, 11, 57). */
export function emailMarketing(state: SandboxState): EmailMarketingState {
	return state.store('emailMarketing', seed);
}

function notFound(what: string, id: string | number | undefined): SandboxReply {
	return fail(404, 'NOT_FOUND', `${what} ${String(id ?? '')} not found.`);
}

// ---------------------------------------------------------------- allowed email addresses

function publicAddress(address: AllowedEmailAddress) {
	return {
		date_added: address.date_added,
		email_address: address.email_address,
		email_address_id: address.email_address_id,
		verified: address.verified,
	};
}

/** The caller's allowed address `id`, if any. */
export function ownAddress(call: RouteCall, id: unknown): AllowedEmailAddress | undefined {
	const address = emailMarketing(call.state).addresses.get(Number(id));
	return address && address.user_id === call.account.user_id ? address : undefined;
}

/** Checks a `from` email address ID for sending: 400 when unknown or not verified. */
export function checkSender(call: RouteCall, id: unknown): SandboxReply | undefined {
	const address = ownAddress(call, id);
	if (!address) return fail(400, 'BAD_REQUEST', `Email address ${String(id)} is not one of your allowed email addresses.`);
	if (address.verified !== 1) return fail(400, 'BAD_REQUEST', `Email address ${address.email_address} is not verified.`);
	return undefined;
}

function userRows<T extends { user_id: number }>(rows: Map<number, T>, account: SandboxAccount): T[] {
	return [...rows.values()].filter((row) => row.user_id === account.user_id);
}

function listAddresses(call: RouteCall): SandboxReply {
	const rows = userRows(emailMarketing(call.state).addresses, call.account);
	return okAsDocumented(call.op, paginate(rows, call.query, call.url, publicAddress));
}

function createAddress(call: RouteCall): SandboxReply {
	const email = (call.body as { email_address?: unknown } | undefined)?.email_address;
	if (!isEmailAddress(email)) return fail(400, 'BAD_REQUEST', `Invalid email address: ${String(email)}.`);
	const store = emailMarketing(call.state);
	const wanted = email.trim().toLowerCase();
	if (userRows(store.addresses, call.account).some((a) => a.email_address.toLowerCase() === wanted)) {
		return fail(400, 'ALREADY_EXISTS', `Email address ${email.trim()} already exists.`);
	}
	const id = store.next.address++;
	const address: AllowedEmailAddress = {
		email_address_id: id,
		email_address: email.trim(),
		verified: 0,
		date_added: String(call.now),
		user_id: call.account.user_id,
		activation_token: randomUUID().slice(0, 8).toUpperCase(),
		verification_emails: 1,
	};
	store.addresses.set(id, address);
	return okAsDocumented(call.op, publicAddress(address));
}

function getAddress(call: RouteCall): SandboxReply {
	const address = ownAddress(call, call.params.email_address_id);
	return address ? okAsDocumented(call.op, publicAddress(address)) : notFound('Email address', call.params.email_address_id);
}

function deleteAddress(call: RouteCall): SandboxReply {
	const address = ownAddress(call, call.params.email_address_id);
	if (!address) return notFound('Email address', call.params.email_address_id);
	emailMarketing(call.state).addresses.delete(address.email_address_id);
	return okAsDocumented(call.op, null);
}

function sendVerification(call: RouteCall): SandboxReply {
	const address = ownAddress(call, call.params.email_address_id);
	if (!address) return notFound('Email address', call.params.email_address_id);
	if (address.verified === 1) return fail(400, 'BAD_REQUEST', `Email address ${address.email_address} is already verified.`);
	address.verification_emails += 1;
	return okAsDocumented(call.op, null);
}

function verifyAddress(call: RouteCall): SandboxReply {
	const address = ownAddress(call, call.params.email_address_id);
	if (!address) return notFound('Email address', call.params.email_address_id);
	if (address.verified !== 1 && call.params.activation_token !== address.activation_token) {
		return fail(400, 'BAD_REQUEST', 'Invalid activation token.');
	}
	address.verified = 1;
	return okAsDocumented(call.op, publicAddress(address));
}

// ---------------------------------------------------------------- master templates

function masterRow(master: MasterTemplate, withBody: boolean) {
	const row: Record<string, unknown> = {
		date_added: master.date_added,
		template_id_master: master.template_id_master,
		template_name: master.template_name,
		thumbnail: { ...master.thumbnail },
	};
	if (withBody) {
		row.body = master.body;
		row.category_id = master.category_id;
	}
	return row;
}

function listMasters(call: RouteCall): SandboxReply {
	return okAsDocumented(call.op, [...emailMarketing(call.state).masters.values()].map((m) => masterRow(m, false)));
}

function getMaster(call: RouteCall): SandboxReply {
	const master = emailMarketing(call.state).masters.get(Number(call.params.template_id));
	return master ? okAsDocumented(call.op, masterRow(master, false)) : notFound('Master template', call.params.template_id);
}

function listCategories(call: RouteCall): SandboxReply {
	return okAsDocumented(call.op, [...emailMarketing(call.state).categories.values()].map((c) => ({ ...c })));
}

function getCategory(call: RouteCall): SandboxReply {
	const category = emailMarketing(call.state).categories.get(Number(call.params.category_id));
	return category ? okAsDocumented(call.op, { ...category }) : notFound('Category', call.params.category_id);
}

function listCategoryMasters(call: RouteCall): SandboxReply {
	const store = emailMarketing(call.state);
	const id = Number(call.params.category_id);
	if (!store.categories.has(id)) return notFound('Category', call.params.category_id);
	const rows = [...store.masters.values()].filter((m) => m.category_id === id).map((m) => masterRow(m, true));
	return okAsDocumented(call.op, rows);
}

// ---------------------------------------------------------------- email templates

function ownTemplate(call: RouteCall, id: unknown): EmailTemplate | undefined {
	const template = emailMarketing(call.state).templates.get(Number(id));
	return template && template.user_id === call.account.user_id ? template : undefined;
}

function templateRow(template: EmailTemplate) {
	return {
		body: template.body,
		template_id: template.template_id,
		template_id_master: template.template_id_master,
		template_name: template.template_name,
	};
}

function listTemplates(call: RouteCall): SandboxReply {
	const rows = userRows(emailMarketing(call.state).templates, call.account);
	return okAsDocumented(
		call.op,
		paginate(rows, call.query, call.url, (t) => ({ template_id: t.template_id, template_name: t.template_name })),
	);
}

function createTemplate(call: RouteCall): SandboxReply {
	const body = (call.body ?? {}) as { template_name?: unknown; template_id_master?: unknown };
	const store = emailMarketing(call.state);
	const master = store.masters.get(Number(body.template_id_master));
	if (!master) return fail(400, 'BAD_REQUEST', `Master template ${String(body.template_id_master)} not found.`);
	const name = String(body.template_name ?? '').trim();
	if (name === '') return missingFields(['template_name']);
	const id = store.next.template++;
	const template: EmailTemplate = {
		template_id: id,
		template_name: name,
		template_id_master: master.template_id_master,
		body: master.body,
		user_id: call.account.user_id,
		images: [],
	};
	store.templates.set(id, template);
	return okAsDocumented(call.op, templateRow(template));
}

function getTemplate(call: RouteCall): SandboxReply {
	const template = ownTemplate(call, call.params.template_id);
	return template ? okAsDocumented(call.op, templateRow(template)) : notFound('Email template', call.params.template_id);
}

function updateTemplate(call: RouteCall): SandboxReply {
	const template = ownTemplate(call, call.params.template_id);
	if (!template) return notFound('Email template', call.params.template_id);
	const body = (call.body ?? {}) as { template_name?: unknown; body?: unknown };
	template.template_name = String(body.template_name);
	template.body = String(body.body);
	return okAsDocumented(call.op, templateRow(template));
}

function deleteTemplate(call: RouteCall): SandboxReply {
	const template = ownTemplate(call, call.params.template_id);
	if (!template) return notFound('Email template', call.params.template_id);
	emailMarketing(call.state).templates.delete(template.template_id);
	return okAsDocumented(call.op, []);
}

function uploadTemplateImage(call: RouteCall): SandboxReply {
	const template = ownTemplate(call, call.params.template_id);
	if (!template) return notFound('Email template', call.params.template_id);
	const body = (call.body ?? {}) as { url?: unknown; image?: unknown };
	const source = typeof body.url === 'string' && body.url.trim() !== '' ? body.url : typeof body.image === 'string' ? body.image : '';
	if (source === '') return missingFields(['url']);
	if (typeof body.url === 'string' && body.url !== '' && !/^https?:\/\/\S+$/i.test(body.url)) {
		return fail(400, 'BAD_REQUEST', `Invalid image URL: ${body.url}.`);
	}
	const extension = /\.(png|jpe?g|gif)(\?|$)/i.exec(source)?.[1]?.toLowerCase() ?? 'png';
	const url = `https://s3-ap-southeast-2.amazonaws.com/clicksend-api-downloads/_email-marketing/_templates-user/${randomUUID().toUpperCase()}/${randomUUID().toUpperCase()}.${extension}`;
	template.images.push(url);
	return okAsDocumented(call.op, url);
}

// ---------------------------------------------------------------- email campaigns

interface CampaignInput {
	name?: unknown;
	subject?: unknown;
	body?: unknown;
	from_email_address_id?: unknown;
	from_name?: unknown;
	template_id?: unknown;
	list_id?: unknown;
	schedule?: unknown;
}

/** Checks the references and schedule of a campaign body; only the given keys when `partial`. */
function checkCampaign(call: RouteCall, input: CampaignInput, partial: boolean): SandboxReply | undefined {
	if (!partial || input.from_email_address_id !== undefined) {
		const bad = checkSender(call, input.from_email_address_id);
		if (bad) return bad;
	}
	if ((!partial || input.template_id !== undefined) && !ownTemplate(call, input.template_id)) {
		return fail(400, 'BAD_REQUEST', `Email template ${String(input.template_id)} not found.`);
	}
	if ((!partial || input.list_id !== undefined) && !call.state.contactLists.has(Number(input.list_id))) {
		return fail(403, 'NOT_ENOUGH_PERMISSION_TO_LIST_ID', `Don't have enough privilege to access or send to list_id ${String(input.list_id)}.`);
	}
	if (isInvalidSchedule(parseSchedule(input.schedule), call.now)) {
		return fail(400, 'INVALID_SCHEDULE', `The schedule specified is invalid: ${String(input.schedule)}. Use a unix timestamp e.g. 1429170372.`);
	}
	return undefined;
}

function listContacts(call: RouteCall, listId: number): Contact[] {
	return call.state.contactLists.get(listId)?.contacts ?? [];
}

function totals(contacts: Contact[]) {
	const queued = contacts.filter((c) => isEmailAddress(c.email)).length;
	return { queued_count: queued, total_count: contacts.length, total_price: roundPrice(queued * EMAIL_CAMPAIGN_PRICE).toFixed(4) };
}

function currency(call: RouteCall): unknown {
	const data = (call.op?.example as { data?: { currency?: unknown } } | undefined)?.data;
	return structuredClone(data?.currency ?? null);
}

function plainText(html: string): string {
	return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

function publicCampaign(campaign: EmailCampaign) {
	const { recipients: _recipients, ...row } = campaign;
	return { ...row };
}

/** A campaign due now: its recipients get their emails (status Sent). */
function deliver(call: RouteCall, campaign: EmailCampaign): void {
	campaign.status = 'Sent';
	campaign.recipients = listContacts(call, campaign.list_id)
		.filter((c) => isEmailAddress(c.email))
		.map((contact) => ({
			click_count: 0,
			contact_id: contact.contact_id,
			email_campaign_id: campaign.email_campaign_id,
			from_address: String(campaign.from_email_address_id),
			from_name: campaign.from_name,
			hard_bounce_count: 0,
			message_id: randomUUID().toUpperCase(),
			open_count: 0,
			processed_at: call.now,
			soft_bounce_count: 0,
			status: 'Delivered',
			subject: campaign.subject,
			to_address: String(contact.email),
			to_name: `${contact.first_name} ${contact.last_name}`.trim() || String(contact.email),
		}));
	campaign.send_count = campaign.recipients.length;
}

/** Scheduled campaigns whose time has come are sent (on every read). */
function promoteDue(call: RouteCall): void {
	for (const campaign of emailMarketing(call.state).campaigns.values()) {
		if (campaign.status === 'Scheduled' && Number(campaign.schedule) <= call.now) deliver(call, campaign);
	}
}

function ownCampaign(call: RouteCall, id: unknown): EmailCampaign | undefined {
	promoteDue(call);
	const campaign = emailMarketing(call.state).campaigns.get(Number(id));
	return campaign && campaign.user_id === call.account.user_id ? campaign : undefined;
}

function priceCampaign(call: RouteCall): SandboxReply {
	const input = (call.body ?? {}) as CampaignInput;
	const bad = checkCampaign(call, input, false);
	if (bad) return bad;
	const data = Object.fromEntries(
		(['body', 'from_email_address_id', 'from_name', 'list_id', 'name', 'subject', 'template_id', 'schedule'] as const)
			.filter((key) => input[key] !== undefined)
			.map((key) => [key, input[key]]),
	);
	return okAsDocumented(call.op, { currency: currency(call), data, ...totals(listContacts(call, Number(input.list_id))) });
}

function sendCampaign(call: RouteCall): SandboxReply {
	const input = (call.body ?? {}) as CampaignInput;
	const bad = checkCampaign(call, input, false);
	if (bad) return bad;
	const store = emailMarketing(call.state);
	const schedule = parseSchedule(input.schedule);
	const body = String(input.body ?? '');
	const campaign: EmailCampaign = {
		abuse_count: 0,
		body,
		body_plain_text: plainText(body),
		click_count: 0,
		custom_string: '',
		date_added: String(call.now),
		email_campaign_id: store.next.campaign++,
		from_email_address_id: Number(input.from_email_address_id),
		from_name: String(input.from_name),
		hard_bounce_count: 0,
		list_id: Number(input.list_id),
		name: String(input.name),
		open_count: 0,
		schedule: schedule === undefined ? '' : String(schedule),
		send_count: 0,
		soft_bounce_count: 0,
		status: 'Scheduled',
		subaccount_id: call.account.subaccount_id,
		subject: String(input.subject),
		template_id: Number(input.template_id),
		unsubscribe_count: 0,
		user_id: call.account.user_id,
		recipients: [],
	};
	if (schedule === undefined || schedule <= call.now) deliver(call, campaign);
	store.campaigns.set(campaign.email_campaign_id, campaign);
	return okAsDocumented(call.op, {
		currency: currency(call),
		data: publicCampaign(campaign),
		...totals(listContacts(call, campaign.list_id)),
	});
}

function listCampaigns(call: RouteCall): SandboxReply {
	promoteDue(call);
	const rows = userRows(emailMarketing(call.state).campaigns, call.account);
	return okAsDocumented(call.op, paginate(rows, call.query, call.url, publicCampaign));
}

function getCampaign(call: RouteCall): SandboxReply {
	const campaign = ownCampaign(call, call.params.email_campaign_id);
	return campaign ? okAsDocumented(call.op, publicCampaign(campaign)) : notFound('Email campaign', call.params.email_campaign_id);
}

function updateCampaign(call: RouteCall): SandboxReply {
	const campaign = ownCampaign(call, call.params.email_campaign_id);
	if (!campaign) return notFound('Email campaign', call.params.email_campaign_id);
	if (campaign.status !== 'Scheduled') {
		return fail(400, 'BAD_REQUEST', `Email campaign ${campaign.email_campaign_id} is ${campaign.status.toLowerCase()} and can no longer be updated.`);
	}
	const input = (call.body ?? {}) as CampaignInput;
	const bad = checkCampaign(call, input, true);
	if (bad) return bad;
	if (input.name !== undefined) campaign.name = String(input.name);
	if (input.subject !== undefined) campaign.subject = String(input.subject);
	if (input.from_name !== undefined) campaign.from_name = String(input.from_name);
	if (input.from_email_address_id !== undefined) campaign.from_email_address_id = Number(input.from_email_address_id);
	if (input.template_id !== undefined) campaign.template_id = Number(input.template_id);
	if (input.list_id !== undefined) campaign.list_id = Number(input.list_id);
	if (input.body !== undefined) {
		campaign.body = String(input.body);
		campaign.body_plain_text = plainText(campaign.body);
	}
	// As documented: the schedule is replaced even when left blank (blank = send now).
	const schedule = parseSchedule(input.schedule);
	campaign.schedule = schedule === undefined ? '' : String(schedule);
	if (schedule === undefined || schedule <= call.now) deliver(call, campaign);
	return okAsDocumented(call.op, publicCampaign(campaign));
}

function cancelCampaign(call: RouteCall): SandboxReply {
	const campaign = ownCampaign(call, call.params.email_campaign_id);
	if (!campaign) return notFound('Email campaign', call.params.email_campaign_id);
	if (campaign.status !== 'Scheduled') {
		return fail(400, 'BAD_REQUEST', `Email campaign ${campaign.email_campaign_id} is not scheduled and cannot be cancelled.`);
	}
	campaign.status = 'Cancelled';
	return okAsDocumented(call.op, publicCampaign(campaign));
}

function campaignHistory(call: RouteCall): SandboxReply {
	const campaign = ownCampaign(call, call.params.campaign_id);
	if (!campaign) return notFound('Email campaign', call.params.campaign_id);
	return okAsDocumented(call.op, paginate(campaign.recipients, call.query, call.url, (row) => ({ ...row })));
}

/** Register the Email Marketing handlers. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('GET', '/email/addresses', listAddresses);
	ctx.route('POST', '/email/addresses', createAddress);
	ctx.route('GET', '/email/addresses/{email_address_id}', getAddress);
	ctx.route('DELETE', '/email/addresses/{email_address_id}', deleteAddress);
	ctx.route('PUT', '/email/address-verify/{email_address_id}/send', sendVerification);
	ctx.route('PUT', '/email/address-verify/{email_address_id}/verify/{activation_token}', verifyAddress);

	ctx.route('GET', '/email/master-templates', listMasters);
	ctx.route('GET', '/email/master-templates/{template_id}', getMaster);
	ctx.route('GET', '/email/master-templates-categories', listCategories);
	ctx.route('GET', '/email/master-templates-categories/{category_id}', getCategory);
	ctx.route('GET', '/email/master-templates-categories/{category_id}/master-templates', listCategoryMasters);

	ctx.route('GET', '/email/templates', listTemplates);
	ctx.route('POST', '/email/templates', createTemplate);
	ctx.route('GET', '/email/templates/{template_id}', getTemplate);
	ctx.route('PUT', '/email/templates/{template_id}', updateTemplate);
	ctx.route('DELETE', '/email/templates/{template_id}', deleteTemplate);
	ctx.route('POST', '/email/templates-images/{template_id}', uploadTemplateImage);

	ctx.route('POST', '/email-campaigns/price', priceCampaign);
	ctx.route('POST', '/email-campaigns/send', sendCampaign);
	ctx.route('GET', '/email-campaigns', listCampaigns);
	ctx.route('GET', '/email-campaigns/{email_campaign_id}', getCampaign);
	ctx.route('PUT', '/email-campaigns/{email_campaign_id}', updateCampaign);
	ctx.route('PUT', '/email-campaigns/{email_campaign_id}/cancel', cancelCampaign);
	ctx.route('GET', '/email-campaigns/{campaign_id}/history', campaignHistory);
}
