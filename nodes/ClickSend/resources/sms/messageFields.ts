import type { INodeProperties } from 'n8n-workflow';

import { longMessageOption } from '../../shared/messages';
import { channelMessageFields, messageTextField } from '../../shared/messagingFields';

/**
 * Fields of one SMS message, shared by SMS → Send (`POST /sms/send`) and SMS → Calculate Price
 * (`POST /sms/price`): one message per input item, each field routed to `messages[0].<field>`
 * (shaped by `prepareMessages()`: phone normalised, schedule in Unix seconds, empties dropped).
 */
export function smsMessageFields(operation: string): INodeProperties[] {
	return channelMessageFields({
		resource: 'sms',
		operation,
		recipientKind: 'Phone Number',
		listOptionDescription: 'Every contact of a ClickSend contact list',
		toPlaceholder: '+61411111111',
		toDescription: 'Recipient phone number, in E.164 or local format (set Country for local numbers)',
		listDescription: 'The contact list to send to: one message per contact',
		content: [
			messageTextField(
				'sms',
				operation,
				'Text of the SMS. Over 160 GSM characters (70 with emoji or non-Latin text) it is sent in several parts.',
			),
		],
		customStringDescription: 'Your reference, passed back with replies and delivery receipts',
		sender: {
			displayName: 'From (Sender ID)',
			description:
				'Sender ID: a dedicated number, your own verified number, or an alpha tag of at most 11 letters/digits. Empty uses the shared number.',
		},
		replyEmail: true,
		scheduleDescription: 'When to send (sent to ClickSend as Unix seconds). Empty sends now.',
		extraOptions: [longMessageOption],
	});
}
