import type { IDataObject, INodeProperties, PreSendAction } from 'n8n-workflow';

import { locatorField, showFor } from '../../shared/descriptions';
import { contactListId } from '../../shared/messages';
import { messageTextField } from '../../shared/messagingFields';
import { hasVisibleText, isHttpUrl } from '../../shared/text';
import { compact, estimateMessage, futureSchedule, InvalidFieldError, isBlank, normaliseSender, plainText, textValue, tooLongProblem, validate } from '../../shared/validation';

/**
 * The SMS campaign locator (`getSmsCampaigns`), filling `{campaignId}` in routing URLs
 * (`/sms-campaigns/{campaignId}`, ClickSend's `sms_campaign_id`/`campaign_id`).
 */
export function campaignIdField(operation: string, description: string): INodeProperties {
	return locatorField({
		displayName: 'Campaign',
		name: 'campaignId',
		searchListMethod: 'getSmsCampaigns',
		placeholder: '7',
		description,
		displayOptions: { show: showFor('smsCampaign', operation) },
	});
}

/** Which optional fields an operation's campaign body accepts. */
export interface CampaignFieldOptions {
	/** `schedule` (Send, Update). */
	schedule?: boolean;
	/** `url_to_shorten` (Send). */
	shortUrl?: boolean;
	/** Name of the optional-fields collection: "Additional Fields" (default) or "Update Fields". */
	collection?: 'additionalFields' | 'updateFields';
}

/**
 * The campaign body shared by SMS Campaign → Send (`POST /sms-campaigns/send`), Calculate Price
 * (`POST /sms-campaigns/price`) and Update (`PUT /sms-campaigns/{id}`): contact list (`list_id`),
 * campaign name, message body (ClickSend's placeholders such as `[First Name]` are filled per
 * contact), and optional sender ID, schedule (Unix seconds) and URL to shorten.
 */
export function campaignFields(operation: string, options: CampaignFieldOptions = {}): INodeProperties[] {
	const show = showFor('smsCampaign', operation);
	const optional: INodeProperties[] = [
		{
			displayName: 'From (Sender ID)',
			name: 'from',
			type: 'string',
			default: '',
			description:
				operation === 'update'
					? 'Sender ID: a dedicated number, your own verified number, or an alpha tag of at most 11 letters/digits. ClickSend replaces the sender on every update: empty uses the shared number.'
					: 'Sender ID: a dedicated number, your own verified number, or an alpha tag of at most 11 letters/digits. Empty uses the shared number.',
			routing: { send: { type: 'body', property: 'from' } },
		},
	];
	if (options.schedule) {
		optional.push({
			displayName: 'Schedule',
			name: 'schedule',
			type: 'dateTime',
			default: '',
			description:
				operation === 'update'
					? "When to send (sent to ClickSend as Unix seconds). Empty keeps the campaign's current schedule: ClickSend replaces the schedule on every update, so the node reads it and sends it again. A time of now sends the campaign now."
					: 'When to send (sent to ClickSend as Unix seconds). Empty sends now.',
			routing: { send: { type: 'body', property: 'schedule' } },
		});
	}
	if (options.shortUrl) {
		optional.push({
			displayName: 'URL to Shorten',
			name: 'urlToShorten',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/offer',
			description:
				'An http(s) link to shorten and track: put smsg.us/xxxxx in the message where the short link goes; each contact gets their own link',
			routing: { send: { type: 'body', property: 'url_to_shorten' } },
		});
	}
	const collection = options.collection ?? 'additionalFields';
	return [
		{
			...locatorField({
				displayName: 'Contact List',
				name: 'listId',
				searchListMethod: 'getContactLists',
				description: 'The contact list the campaign goes to: one SMS per contact',
				displayOptions: { show },
			}),
			routing: { send: { type: 'body', property: 'list_id' } },
		},
		{
			displayName: 'Campaign Name',
			name: 'campaignName',
			type: 'string',
			required: true,
			displayOptions: { show },
			default: '',
			description: 'Name of the campaign in ClickSend',
			routing: { send: { type: 'body', property: 'name' } },
		},
		messageTextField('smsCampaign', operation, 'Text of the SMS; ClickSend fills contact placeholders such as [First Name] per recipient', ''),
		{
			displayName: collection === 'updateFields' ? 'Update Fields' : 'Additional Fields',
			name: collection,
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: { show },
			default: {},
			options: optional.sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	];
}

/**
 * ClickSend's campaign placeholders, replaced per contact by its fields (`[First Name]`, `[Last Name]`,
 * `[Custom 1]` to `[Custom 4]`, `[Email]`, `[Phone]`, `[Mobile]`, `[Fax Number]`, `[Organization]`);
 * other bracketed text is sent as written and counts.
 */
const CAMPAIGN_PLACEHOLDERS = /\[(?:First Name|Last Name|Custom [1-4]|Email|Phone(?: Number)?|Mobile|Fax(?: Number)?|Organi[sz]ation(?: Name)?)\]/gi;

/**
 * preSend hook for {@link campaignFields}: `list_id` as a number, name and body with visible text
 * (spaces and zero-width characters alone are empty), a body ClickSend sends in full (at most 918
 * GSM-7 or 402 Unicode characters, 6 parts, placeholders such as [First Name] counted as empty), sender ID checked, `schedule` in Unix seconds, `url_to_shorten` an http(s) URL, empty optional
 * fields dropped.
 * `update`: SMS Campaign → Update, where an empty Schedule keeps the current one (a past one's error says so).
 * @throws InvalidFieldError naming "Contact List", "Campaign Name", "Message", "From (Sender ID)",
 * "Schedule" or "URL to Shorten".
 */
export function prepareCampaign(update: boolean): PreSendAction {
	return validate(function (request) {
		const body = compact((request.body ??= {}) as IDataObject);
		body.list_id = contactListId(body.list_id);
		for (const [key, field] of [
			['name', 'Campaign Name'],
			['body', 'Message'],
		] as const) {
			if (body[key] === undefined) throw new InvalidFieldError(field, 'is empty');
			body[key] = textValue(body[key], field);
			if (!hasVisibleText(body[key] as string)) throw new InvalidFieldError(field, 'is empty');
		}
		// A campaign has no Too Long Message option: text ClickSend would truncate is refused. Placeholders
		// such as [First Name] count as empty (each contact's value replaces them), so no text that fits is refused.
		const fixedText = (body.body as string).replace(CAMPAIGN_PLACEHOLDERS, '');
		const estimate = estimateMessage(fixedText, 'sms');
		if (estimate.tooLong) {
			const problem = tooLongProblem(estimate, 'sms', fixedText);
			const said = fixedText.length < (body.body as string).length ? problem.replace(/^is /, 'is, without its placeholders, ') : problem;
			throw new InvalidFieldError('Message', `${said}. Shorten it`);
		}
		const from = normaliseSender(body.from, 'From (Sender ID)');
		if (from === undefined) delete body.from;
		else body.from = from;
		const schedule = futureSchedule(body.schedule, this.getTimezone(), 'Schedule', update);
		if (schedule === undefined) delete body.schedule;
		else body.schedule = schedule;
		// Optional: blank (an empty spreadsheet cell) is not set; else one http(s) URL as text (a list fails).
		if (isBlank(body.url_to_shorten)) delete body.url_to_shorten;
		else {
			const url = plainText(body.url_to_shorten, 'URL to Shorten');
			if (!isHttpUrl(url)) {
				throw new InvalidFieldError('URL to Shorten', `must start with http:// or https://, got "${url}"`);
			}
			body.url_to_shorten = url;
		}
	});
}
