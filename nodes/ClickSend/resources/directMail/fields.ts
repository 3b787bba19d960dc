import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { MESSAGE_SOURCE } from '../../shared/messages';
import { attachFile, fileFields } from '../../shared/uploads';
import { compact, futureSchedule, InvalidFieldError, requiredText, textValue, validate } from '../../shared/validation';

/**
 * Fields of a direct mail campaign, shared by Direct Mail → Create (`POST
 * /post/direct-mail/campaigns/send`) and Direct Mail → Calculate Price (`POST
 * /post/direct-mail/campaigns/price`): name, size (A5 or DL), 1–2 PDF files (`file_urls`) and the
 * delivery areas (`areas: [{location_id, quantity}]`, location IDs from Search Locations).
 */
export function directMailFields(operation: string): INodeProperties[] {
	const show = showFor('directMail', operation);
	return [
		{
			displayName: 'Campaign Name',
			name: 'campaignName',
			type: 'string',
			required: true,
			displayOptions: { show },
			default: '',
			placeholder: 'Spring flyer',
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			displayName: 'Size',
			name: 'size',
			type: 'options',
			displayOptions: { show },
			options: [
				{ name: 'A5', value: 'A5' },
				{ name: 'DL', value: 'DL' },
			],
			default: 'A5',
			description: 'Flyer size',
			routing: { send: { type: 'body', property: 'size' } },
		},
		...fileFields({
			resource: 'directMail',
			operations: [operation],
			convert: 'post',
			property: 'file_urls',
			array: true,
			displayName: 'Campaign File',
			urlDescription: 'Public URL of the flyer PDF: the front, or one PDF with two pages (front and back)',
		}),
		{
			displayName: 'Areas',
			name: 'areas',
			type: 'fixedCollection',
			placeholder: 'Add Area',
			typeOptions: { multipleValues: true },
			displayOptions: { show },
			default: {},
			description: 'Where to deliver and how many flyers per location (location IDs from Direct Mail → Search Locations)',
			options: [
				{
					displayName: 'Area',
					name: 'area',
					values: [
						{ displayName: 'Location ID', name: 'locationId', type: 'number', default: 0, description: 'Location ID from Search Locations' },
						{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 100, typeOptions: { minValue: 1 }, description: 'Flyers to deliver in this location' },
					],
				},
			],
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			displayOptions: { show },
			default: {},
			options: [
				{
					displayName: 'Custom String',
					name: 'customString',
					type: 'string',
					default: '',
					description: 'Your reference, kept with the campaign',
					routing: { send: { type: 'body', property: 'custom_string' } },
				},
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
 * preSend hook of direct mail campaigns: Campaign Name and Custom String as text (numbers as text;
 * a list or object refused), `areas` from the Areas field (at least one, whole positive location
 * IDs and quantities), `schedule` as Unix seconds, empty fields dropped, `source` set.
 * @throws InvalidFieldError "Campaign Name", "Custom String", "Areas" or "Schedule", before any request.
 */
export const prepareDirectMail = validate(function (options) {
	const body = compact((options.body ??= {}) as IDataObject);
	// Numbers (a year, an ID from a spreadsheet) are text; lists, objects and zero-width characters alone are not.
	body.name = requiredText(body.name, 'Campaign Name');
	if (body.custom_string !== undefined) body.custom_string = textValue(body.custom_string, 'Custom String');
	const areas = (this.getNodeParameter('areas.area', []) ?? []) as IDataObject[];
	if (areas.length === 0) throw new InvalidFieldError('Areas', 'add at least one area (a location ID and a quantity)');
	// Whole numbers as numbers or digits (a spreadsheet's " 2500 "); not true, [7], "1e3" or "0x10", which Number() reads.
	const whole = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN);
	body.areas = areas.map((area, index) => {
		const locationId = whole(area.locationId);
		const quantity = whole(area.quantity);
		if (!Number.isInteger(locationId) || locationId <= 0) {
			throw new InvalidFieldError('Areas', `area ${index + 1}: Location ID must be a location ID from Search Locations, got ${String(area.locationId)}`);
		}
		if (!Number.isInteger(quantity) || quantity <= 0) {
			throw new InvalidFieldError('Areas', `area ${index + 1}: Quantity must be a whole number above 0, got ${String(area.quantity)}`);
		}
		return { location_id: locationId, quantity };
	});
	const schedule = futureSchedule(body.schedule, this.getTimezone(), 'Schedule');
	if (schedule === undefined) delete body.schedule;
	else body.schedule = schedule;
	body.source = MESSAGE_SOURCE;
});

/** The campaign file hook: URL(s) as given, or 1–2 binary files uploaded with `convert=post`. */
export const attachCampaignFiles = attachFile({ convert: 'post', property: 'file_urls', array: true, displayName: 'Campaign File' });
