import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { BINARY_FIELD_NAME } from '../../shared/uploads';

const show = showFor('upload', 'upload');

/** ClickSend's upload conversions (the `convert` query): what the file will be sent as. */
export const UPLOAD_CONVERSIONS: INodePropertyOptions[] = [
	{ name: 'CSV (Contact Import)', value: 'csv', description: 'CSV, XLS or XLSX' },
	{ name: 'Fax', value: 'fax', description: 'PDF, DOC, DOCX or RTF, at most 4 MB; converted to PDF' },
	{ name: 'MMS', value: 'mms', description: 'JPG, JPEG, GIF, PNG or BMP, at most 250 kB; converted to an MMS image' },
	{ name: 'Post', value: 'post', description: 'PDF, DOC or DOCX; converted to PDF for letters and postcards' },
];

/**
 * Fields of Upload → Upload (`POST /uploads?convert=…`, ClickSend "Upload a file"): a binary
 * property of the input item, sent as base64 `content` and converted by ClickSend for fax, MMS,
 * post or CSV use; the output's `_url` can be used in sends.
 */
export const uploadUploadDescription: INodeProperties[] = [
	{
		displayName: 'Convert For',
		name: 'convert',
		type: 'options',
		required: true,
		displayOptions: { show },
		options: UPLOAD_CONVERSIONS,
		default: 'post',
		description: 'What the file will be sent as: ClickSend converts it to the format that channel needs',
		routing: { send: { type: 'query', property: 'convert' } },
	},
	{
		displayName: BINARY_FIELD_NAME,
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: 'data',
		description: 'Name of the binary property of the input item holding the file',
	},
];
