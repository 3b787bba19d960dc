import type { IDataObject, IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choiceValue } from '../../shared/choices';
import { showFor } from '../../shared/descriptions';
import { BINARY_FIELD_NAME, binaryContent, type UploadRule } from '../../shared/uploads';
import { requiredText, validate } from '../../shared/validation';

const show = showFor('letter', 'detectAddress');

/** Detect Address reads PDF letters only (ClickSend "Detect Address": base64 PDF in `content`). */
export const DETECT_ADDRESS_FILE_RULE: UploadRule = {
	convert: 'post',
	label: 'letter PDF',
	extensions: ['pdf'],
	mimeTypes: ['application/pdf'],
};

/** Input of Detect Address. */
const ADDRESS_SOURCES: INodePropertyOptions[] = [
	{ name: 'Address Text', value: 'text', description: 'An address written on one line' },
	{ name: 'PDF Letter (Binary File)', value: 'binary', description: 'A PDF whose first page starts with the recipient address' },
];

/** The item's Input (from an expression: value or name, any case). @throws InvalidFieldError "Input" for anything else. */
function addressSource(context: IExecuteSingleFunctions): string {
	return String(choiceValue(context.getNodeParameter('addressSource', 'text'), 'Input', ADDRESS_SOURCES));
}

/**
 * Fields of Letter → Detect Address (`POST /post/letters/detect-address`, ClickSend "Detect
 * Address"): an address as text (`address`) or a PDF letter from a binary property (`content`,
 * base64), turned into ClickSend's address fields.
 */
export const letterDetectAddressDescription: INodeProperties[] = [
	{
		displayName: 'Input',
		name: 'addressSource',
		type: 'options',
		displayOptions: { show },
		options: ADDRESS_SOURCES,
		default: 'text',
	},
	{
		displayName: 'Address',
		name: 'address',
		type: 'string',
		required: true,
		displayOptions: { show: { ...show, addressSource: ['text'] } },
		default: '',
		placeholder: 'John Doe, 123 Main Street, Perth WA 6000',
		description: 'The address to split into ClickSend address fields',
		routing: { send: { type: 'body', property: 'address' } },
	},
	{
		displayName: BINARY_FIELD_NAME,
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		displayOptions: { show: { ...show, addressSource: ['binary'] } },
		default: 'data',
		hint: 'PDF',
		description: 'Name of the binary property of the input item holding the PDF letter',
	},
];

/** preSend of Detect Address: with "PDF Letter", the binary PDF as base64 `content` (checked before any request). */
export const detectAddressContent = binaryContent('post', {
	rule: DETECT_ADDRESS_FILE_RULE,
	when() {
		return addressSource(this) === 'binary';
	},
});

/**
 * preSend of Detect Address with "Address Text": the address must be text with something in it.
 * @throws InvalidFieldError naming Address: a list or object, or a blank text.
 */
export const detectAddressText = validate(function (options) {
	const body = options.body as IDataObject | undefined;
	// With a PDF (an Input set by an expression also shows Address), the text is not sent.
	if (addressSource(this) === 'binary') {
		if (body) delete body.address;
		return;
	}
	if (!body || !('address' in body)) return;
	body.address = requiredText(body.address, 'Address', { hint: 'give the address to split, on one line' });
});
