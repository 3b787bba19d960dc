import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties, PreSendAction } from 'n8n-workflow';

import { bodyField, locatorField, showFor } from '../../shared/descriptions';
import { hasVisibleText } from '../../shared/text';
import { compact, futureSchedule, InvalidFieldError, isBlank, textValue, validate } from '../../shared/validation';
import { numericId } from '../email/fields';
import { emailAddressLocator } from '../emailAddress/locator';
import { emailTemplateLocator } from '../emailTemplate/locator';

/** An email campaign from ClickSend's list (`getEmailCampaigns`) or by ID; fills `{campaignId}` in routing URLs. */
export function campaignLocator(displayOptions: INodeProperties['displayOptions'], description = 'The email campaign'): INodeProperties {
	return locatorField({
		displayName: 'Email Campaign',
		name: 'campaignId',
		searchListMethod: 'getEmailCampaigns',
		placeholder: '69',
		description,
		displayOptions,
	});
}

const ID_FIELDS: ReadonlyArray<[string, string]> = [
	['from_email_address_id', 'From Email Address'],
	['template_id', 'Email Template'],
	['list_id', 'Contact List'],
];

/**
 * preSend hook of Email Campaign → Send, Calculate Price and Update (`POST /email-campaigns/send`,
 * `/email-campaigns/price`, `PUT /email-campaigns/{id}`): IDs become numbers, `schedule` becomes
 * Unix seconds (empty = send now), empty optional fields are dropped. `required` names the body
 * properties that must be present (send and price).
 * @throws InvalidFieldError for an ID that is not digits, an empty required text or a bad schedule.
 */
export function prepareCampaign(required: boolean): PreSendAction {
	return validate(function (options) {
		const body = (options.body ?? {}) as IDataObject;
		const scheduleGiven = !isBlank(body.schedule);
		for (const [key, label] of ID_FIELDS) {
			const id = numericId(body[key], label);
			if (id === undefined) {
				if (required) throw new InvalidFieldError(label, 'is empty; choose one or give its ID');
				delete body[key];
			} else body[key] = id;
		}
		for (const [key, label] of [
			['name', 'Campaign Name'],
			['subject', 'Subject'],
			['from_name', 'From Name'],
			['body', 'Body (HTML)'],
		] as const) {
			// Required on Send and Calculate Price; on Update only when added (a blank one, '' from an expression
			// included, is a mistake, not "no change").
			if (!required && body[key] === undefined) continue;
			if (body[key] === undefined || body[key] === null) throw new InvalidFieldError(label, 'is empty');
			body[key] = textValue(body[key], label);
			if (!hasVisibleText(body[key] as string)) throw new InvalidFieldError(label, 'is empty');
		}
		const schedule = futureSchedule(body.schedule, this.getTimezone(), 'Schedule', !required);
		compact(body);
		if (schedule !== undefined) body.schedule = schedule;
		else delete body.schedule;
		// An update that changes nothing would only re-send the schedule (see keepCampaignSchedule).
		if (!required && !scheduleGiven && Object.keys(body).length === 0) throw new InvalidFieldError('Update Fields', 'add at least one field to change');
	});
}

/**
 * postReceive of Email Campaign → Send and Calculate Price: ClickSend answers
 * `{ data: <campaign>, total_price, total_count, queued_count, currency }`; outputs the campaign
 * with the totals beside it (one item).
 */
export async function outputCampaign(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const data = ((items[0]?.json as IDataObject | undefined)?.data ?? {}) as IDataObject;
	const { data: campaign, ...totals } = data;
	const fields = campaign !== null && typeof campaign === 'object' && !Array.isArray(campaign) ? (campaign as IDataObject) : {};
	return [{ json: { ...fields, ...totals } }];
}

function contactListLocator(required: boolean, displayOptions?: INodeProperties['displayOptions'], name = 'listId'): INodeProperties {
	return {
		...locatorField({
			displayName: 'Contact List',
			name,
			searchListMethod: 'getContactLists',
			description: 'The contact list the campaign is sent to (contacts with an email address)',
			required,
			displayOptions,
		}),
		routing: { send: { type: 'body', property: 'list_id' } },
	};
}

function textField(displayName: string, name: string, property: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return bodyField(displayName, name, property, { description, ...extra });
}

const campaignNameField = (extra: Partial<INodeProperties> = {}) =>
	textField('Campaign Name', 'campaignName', 'name', 'Name of the campaign (shown in your ClickSend dashboard)', extra);
const subjectField = (extra: Partial<INodeProperties> = {}) => textField('Subject', 'subject', 'subject', 'Subject of the campaign email', extra);
const fromNameField = (extra: Partial<INodeProperties> = {}) =>
	textField('From Name', 'fromName', 'from_name', 'Sender name shown to recipients', extra);
const htmlBodyField = (extra: Partial<INodeProperties> = {}) =>
	textField('Body (HTML)', 'body', 'body', 'Content of the campaign, as HTML', { typeOptions: { rows: 6 }, ...extra });
const fromAddressField = (required: boolean, displayOptions?: INodeProperties['displayOptions'], name = 'emailAddressId') => ({
	...emailAddressLocator({
		displayName: 'From Email Address',
		description: 'The allowed (verified) email address the campaign is sent from',
		displayOptions,
		routing: { send: { type: 'body', property: 'from_email_address_id' } },
	}),
	name,
	required,
});
const templateField = (required: boolean, displayOptions?: INodeProperties['displayOptions'], name = 'templateId') => ({
	...emailTemplateLocator({
		description: 'The email template the campaign uses',
		displayOptions,
		routing: { send: { type: 'body', property: 'template_id' } },
	}),
	name,
	required,
});

/**
 * Fields of an email campaign, shared by Email Campaign → Send (`POST /email-campaigns/send`) and
 * Calculate Price (`POST /email-campaigns/price`): Campaign Name, Subject, From Email Address,
 * From Name, Email Template, Contact List, Body (HTML) and Additional Fields (Schedule).
 */
export function campaignFields(operation: string): INodeProperties[] {
	const show = showFor('emailCampaign', operation);
	const required = { required: true, displayOptions: { show } };
	return [
		campaignNameField(required),
		subjectField(required),
		fromAddressField(true, { show }),
		fromNameField(required),
		templateField(true, { show }),
		contactListLocator(true, { show }),
		htmlBodyField(required),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: { show },
			default: {},
			options: [
				{
					displayName: 'Schedule',
					name: 'schedule',
					type: 'dateTime',
					default: '',
					description: 'When to send (sent to ClickSend as Unix seconds). Empty sends now.',
					routing: { send: { type: 'body', property: 'schedule' } },
				},
			],
		},
	];
}

/**
 * The Update Fields of Email Campaign → Update (`PUT /email-campaigns/{email_campaign_id}`): every
 * campaign field, optional. Its locators are named apart from the top-level `listId`,
 * `emailAddressId` and `templateId` of other operations: n8n checks a collection's options as if
 * they were top-level parameters, so a same-named locator's ID check would also judge (and repeat
 * the error of) those operations' IDs.
 */
export function campaignUpdateFields(): INodeProperties[] {
	return [
		htmlBodyField(),
		campaignNameField(),
		contactListLocator(false, undefined, 'contactListId'),
		fromAddressField(false, undefined, 'fromEmailAddressId'),
		fromNameField(),
		templateField(false, undefined, 'emailTemplateId'),
		{
			displayName: 'Schedule',
			name: 'schedule',
			type: 'dateTime',
			default: '',
			description:
				"When to send (sent to ClickSend as Unix seconds). Empty keeps the campaign's current schedule: ClickSend replaces the schedule on every update, so the node reads it and sends it again. A time of now sends the campaign now.",
			routing: { send: { type: 'body', property: 'schedule' } },
		},
		subjectField(),
	];
}
