import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { InvalidFieldError, textValue, validate } from '../../shared/validation';

/** A text-to-speech language of ClickSend voice calls and the voices it offers. */
export interface VoiceLanguage {
	code: string;
	name: string;
	voices: ReadonlyArray<'female' | 'male'>;
}

/** ClickSend's voice languages as documented by `GET /voice/lang` ("Voice Languages"). */
export const VOICE_LANGUAGES: readonly VoiceLanguage[] = [
	{ code: 'en-us', name: 'English (US)', voices: ['female', 'male'] },
	{ code: 'en-au', name: 'English (Australia)', voices: ['female', 'male'] },
	{ code: 'en-gb', name: 'English (UK)', voices: ['female', 'male'] },
	{ code: 'en-in', name: 'English (India)', voices: ['female'] },
	{ code: 'en-gb-wls', name: 'English (Wales)', voices: ['female', 'male'] },
	{ code: 'cy-gb-wls', name: 'Welsh (Wales)', voices: ['female', 'male'] },
	{ code: 'da-dk', name: 'Danish (Denmark)', voices: ['female', 'male'] },
	{ code: 'de-de', name: 'German (Germany)', voices: ['female', 'male'] },
	{ code: 'es-es', name: 'Spanish (Spain)', voices: ['female', 'male'] },
	{ code: 'es-us', name: 'Spanish (US)', voices: ['female', 'male'] },
	{ code: 'fr-ca', name: 'French (Canada)', voices: ['female'] },
	{ code: 'fr-fr', name: 'French (France)', voices: ['female', 'male'] },
	{ code: 'is-is', name: 'Icelandic (Iceland)', voices: ['female', 'male'] },
	{ code: 'it-it', name: 'Italian (Italy)', voices: ['female', 'male'] },
	{ code: 'nb-no', name: 'Norwegian (Norway)', voices: ['female'] },
	{ code: 'nl-nl', name: 'Dutch (Netherlands)', voices: ['female', 'male'] },
	{ code: 'pl-pl', name: 'Polish (Poland)', voices: ['female', 'male'] },
	{ code: 'pt-br', name: 'Portuguese (Brazil)', voices: ['female', 'male'] },
	{ code: 'pt-pt', name: 'Portuguese (Portugal)', voices: ['male'] },
	{ code: 'ro-ro', name: 'Romanian (Romania)', voices: ['female'] },
	{ code: 'ru-ru', name: 'Russian (Russia)', voices: ['female', 'male'] },
	{ code: 'sv-se', name: 'Swedish (Sweden)', voices: ['female'] },
	{ code: 'tr-tr', name: 'Turkish (Turkey)', voices: ['female'] },
];

/** The Language field's options, alphabetical by name, each noting a single-voice language. */
export const VOICE_LANGUAGE_OPTIONS: INodePropertyOptions[] = [...VOICE_LANGUAGES]
	.sort((a, b) => a.name.localeCompare(b.name))
	.map((lang) => ({
		name: lang.name,
		value: lang.code,
		...(lang.voices.length === 1 ? { description: `${lang.voices[0] === 'female' ? 'Female' : 'Male'} voice only` } : {}),
	}));

/**
 * preSend hook of voice sends: each message's `voice` must be female or male and offered by its
 * `lang` (ClickSend would refuse it with INVALID_VOICE / INVALID_LANG); expressions may give any
 * case, or the language's name, sent as the lower-case code.
 * @throws InvalidFieldError "Voice" or "Language".
 */
export const checkVoiceAndLanguage = validate(function (options) {
	const messages = ((options.body as IDataObject | undefined)?.messages ?? []) as IDataObject[];
	for (const message of messages) {
		// Text (a list such as ["female"] fails, not read as "female"); nothing is empty.
		const voice = textValue(message.voice ?? '', 'Voice').trim().toLowerCase();
		// The code in any case, or the language's name ("English (Australia)") as the field lists it.
		const given = textValue(message.lang ?? '', 'Language').trim();
		const code = (VOICE_LANGUAGE_OPTIONS.find((option) => option.name.toLowerCase() === given.toLowerCase())?.value as string | undefined) ?? given.toLowerCase();
		if (voice !== 'female' && voice !== 'male') throw new InvalidFieldError('Voice', `must be female or male, got "${voice}"`);
		const lang = VOICE_LANGUAGES.find((l) => l.code === code);
		if (!lang) throw new InvalidFieldError('Language', `"${code}" is not a ClickSend voice language (e.g. en-us, en-au, de-de)`);
		if (!lang.voices.includes(voice)) {
			throw new InvalidFieldError('Voice', `${lang.name} (${lang.code}) offers only a ${lang.voices[0]} voice, not ${voice}`);
		}
		message.voice = voice;
		message.lang = code;
	}
});
