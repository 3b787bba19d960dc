import type { INodeProperties } from 'n8n-workflow';

import { flagSend, showFor } from '../../shared/descriptions';
import { longMessageOption } from '../../shared/messages';
import { channelMessageFields, messageTextField } from '../../shared/messagingFields';
import { VOICE_LANGUAGE_OPTIONS } from './languages';

/**
 * Fields of one voice call (text to speech), shared by Voice → Send (`POST /voice/send`) and
 * Voice → Calculate Price (`POST /voice/price`): one call per input item, each field routed to
 * `messages[0].<field>` (shaped by `prepareMessages()` and `checkVoiceAndLanguage`).
 */
export function voiceMessageFields(operation: string): INodeProperties[] {
	const show = showFor('voice', operation);
	return channelMessageFields({
		resource: 'voice',
		operation,
		recipientKind: 'Phone Number',
		listOptionDescription: 'Every contact of a ClickSend contact list',
		toPlaceholder: '+61411111111',
		toDescription: 'Phone number to call, in E.164 or local format (set Country for local numbers)',
		listDescription: 'The contact list to call: one call per contact',
		content: [
			messageTextField('voice', operation, 'Text read out to the recipient (some SSML tags such as breaks are supported)'),
			{
				displayName: 'Voice',
				name: 'voice',
				type: 'options',
				required: true,
				displayOptions: { show },
				options: [
					{ name: 'Female', value: 'female' },
					{ name: 'Male', value: 'male' },
				],
				default: 'female',
				description: 'Voice that reads the message (some languages offer only one)',
				routing: { send: { type: 'body', property: 'messages[0].voice' } },
			},
			{
				displayName: 'Language',
				name: 'lang',
				type: 'options',
				required: true,
				displayOptions: { show },
				options: VOICE_LANGUAGE_OPTIONS,
				default: 'en-us',
				description: 'Language (and accent) the message is read in',
				routing: { send: { type: 'body', property: 'messages[0].lang' } },
			},
		],
		customStringDescription: 'Your reference, passed back with delivery receipts',
		replyEmail: false,
		scheduleDescription: 'When to call (sent to ClickSend as Unix seconds). Empty calls now.',
		extraOptions: [
			longMessageOption,
			{
				displayName: 'Detect Answering Machine',
				name: 'machineDetection',
				type: 'boolean',
				default: false,
				description: 'Whether to detect an answering machine or voicemail and leave the message there',
				routing: { send: flagSend('messages[0].machine_detection', 'Detect Answering Machine') },
			},
			{
				displayName: 'Require Keypress',
				name: 'requireInput',
				type: 'boolean',
				default: false,
				description: 'Whether to ask the recipient to press a key; the key pressed comes back as digits in the delivery receipt',
				routing: { send: flagSend('messages[0].require_input', 'Require Keypress') },
			},
		],
	});
}
