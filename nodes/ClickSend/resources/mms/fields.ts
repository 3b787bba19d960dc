import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { longMessageOption } from '../../shared/messages';
import { channelMessageFields, messageTextField } from '../../shared/messagingFields';
import { attachFile, fileFields } from '../../shared/uploads';
import { checkMmsSubject as checkSubject, MMS_SUBJECT_MAX_LENGTH, validate } from '../../shared/validation';

/**
 * Fields of one MMS message, shared by MMS → Send (`POST /mms/send`) and MMS → Calculate Price
 * (`POST /mms/price`): one message per input item, in the `messages[0].<field>` form, plus the
 * media file (`media_file`: a URL, or a binary property uploaded with `convert=mms`).
 */
export function mmsMessageFields(operation: string): INodeProperties[] {
	return channelMessageFields({
		resource: 'mms',
		operation,
		recipientKind: 'Phone Number',
		listOptionDescription: 'Every contact of a ClickSend contact list',
		toPlaceholder: '+61411111111',
		toDescription: 'Recipient phone number, in E.164 or local format (set Country for local numbers)',
		listDescription: 'The contact list to send to: one MMS per contact',
		content: [
			{
				displayName: 'Subject',
				name: 'subject',
				type: 'string',
				required: true,
				displayOptions: { show: showFor('mms', operation) },
				default: '',
				description: `Subject line of the MMS, at most ${MMS_SUBJECT_MAX_LENGTH} characters`,
				routing: { send: { type: 'body', property: 'messages[0].subject' } },
			},
			messageTextField(
				'mms',
				operation,
				'Text of the MMS: up to 1500 GSM characters (500 with emoji or non-Latin text); longer text is truncated by ClickSend',
			),
			...fileFields({
				resource: 'mms',
				operations: [operation],
				convert: 'mms',
				property: 'media_file',
				displayName: 'Media File',
				urlDescription: 'Public URL of a JPG or GIF image (at most 250 kB); other image types can be sent as a binary file',
			}),
		],
		customStringDescription: 'Your reference, passed back with replies and delivery receipts',
		sender: { displayName: 'From (Sender ID)', description: 'A ClickSend dedicated number to send from. Empty uses the shared number.' },
		replyEmail: true,
		scheduleDescription: 'When to send (sent to ClickSend as Unix seconds). Empty sends now.',
		extraOptions: [longMessageOption],
	});
}

/**
 * preSend hook: every MMS message needs a subject of 1..20 characters (ClickSend answers
 * SUBJECT_REQUIRED otherwise), checked by the shared `checkMmsSubject` (characters as the user sees them).
 * @throws InvalidFieldError "Subject: …" before any request.
 */
export const checkMmsSubject = validate(function (options) {
	const messages = ((options.body as IDataObject | undefined)?.messages ?? []) as IDataObject[];
	for (const message of messages) {
		message.subject = checkSubject(message.subject);
	}
});

/** The media file hook of MMS sends: URL as given, or a binary file uploaded with `convert=mms`. */
export const attachMmsMedia = attachFile({ convert: 'mms', property: 'media_file', displayName: 'Media File' });
