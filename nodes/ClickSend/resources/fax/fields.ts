import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { checkRecipient, MESSAGE_SOURCE } from '../../shared/messages';
import { fieldsResolved } from '../../shared/transport';
import { channelMessageFields } from '../../shared/messagingFields';
import { attachFile, fileFields } from '../../shared/uploads';
import { checkReplyEmail, compact, futureSchedule, isBlank, isoCountry, normalisePhone, textValue, validate } from '../../shared/validation';

/**
 * Fields of one fax, shared by Fax → Send (`POST /fax/send`) and Fax → Calculate Price
 * (`POST /fax/price`): one message per input item (`messages[0].<field>`) plus the document
 * (`file_url`: a URL, or a binary property uploaded with `convert=fax`).
 */
export function faxMessageFields(operation: string): INodeProperties[] {
	return channelMessageFields({
		resource: 'fax',
		operation,
		recipientKind: 'Fax Number',
		listOptionDescription: 'Every contact of a ClickSend contact list (their fax numbers)',
		toPlaceholder: '+61261111111',
		toDescription: 'Recipient fax number, in E.164 or local format (set Country for local numbers)',
		listDescription: 'The contact list to fax: one fax per contact',
		content: fileFields({
			resource: 'fax',
			operations: [operation],
			convert: 'fax',
			property: 'file_url',
			displayName: 'Document',
			urlDescription: 'Public URL of the PDF to fax; DOC, DOCX and RTF files can be sent as a binary file (converted by ClickSend)',
		}),
		customStringDescription: 'Your reference, passed back with delivery receipts',
		sender: { displayName: 'From (Fax Number)', description: 'Your dedicated fax number to send from. Empty uses the shared number.' },
		replyEmail: true,
		scheduleDescription: 'When to send (sent to ClickSend as Unix seconds). Empty sends now.',
	});
}

/**
 * preSend hook for fax `{messages:[...]}` bodies: per message, a recipient fax number (`to`,
 * normalised) or a contact list (`list_id`, digits), as SMS sends check them ({@link checkRecipient}), a sender that is a fax number when given, a
 * text Custom String and an ISO Country (upper-cased), as SMS sends check them, `schedule` as Unix seconds (empty = now), empty optional fields dropped, `source` set.
 * @throws InvalidFieldError naming the field, before any request.
 */
export const prepareFaxMessages = validate(function (options) {
	const messages = ((options.body as IDataObject | undefined)?.messages ?? []) as IDataObject[];
	// Send To, read only to decide between both recipients or to name the empty one.
	const sendTo = () => {
		try {
			return this.getNodeParameter('sendTo', 'number');
		} catch {
			return 'number';
		}
	};
	for (const message of messages) {
		compact(message);
		checkRecipient(message, sendTo, 'To', fieldsResolved(options));
		// Optional: blank (spaces from a spreadsheet cell) is not set, as an empty field.
		if (isBlank(message.from)) delete message.from;
		else message.from = normalisePhone(message.from, 'From (Fax Number)');
		if (message.custom_string !== undefined) message.custom_string = textValue(message.custom_string, 'Custom String');
		checkReplyEmail(message);
		if (isBlank(message.country)) delete message.country;
		else message.country = isoCountry(message.country, 'Country');
		const schedule = futureSchedule(message.schedule, this.getTimezone(), 'Schedule');
		if (schedule === undefined) delete message.schedule;
		else message.schedule = schedule;
		message.source = MESSAGE_SOURCE;
	}
});

/** The document hook of fax sends: URL as given, or a binary file uploaded with `convert=fax`. */
export const attachFaxDocument = attachFile({ convert: 'fax', property: 'file_url', displayName: 'Document' });
