import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { choiceValue } from '../../shared/choices';
import { outputData } from '../../shared/output';
import { binaryContent, type UploadConversion } from '../../shared/uploads';
import { UPLOAD_CONVERSIONS, uploadUploadDescription } from './upload';

/**
 * The input file as base64 `content`, checked against the rules of the chosen conversion (before
 * any request); Convert For from an expression may be a value or a name in any case ("Fax", " mms ").
 */
const uploadContent = binaryContent(function (this: IExecuteSingleFunctions) {
	return choiceValue(this.getNodeParameter('convert', 'post'), 'Convert For', UPLOAD_CONVERSIONS) as UploadConversion;
});

/** Resource "Upload" (ClickSend Uploads): the Operation option and its fields. */
export const uploadDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['upload'] } },
		options: [
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a file',
				description: 'Upload a file for fax, MMS, post or contact import and get its ClickSend URL',
				routing: {
					request: { method: 'POST', url: '/uploads' },
					send: { preSend: [uploadContent] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'upload',
	},
	...uploadUploadDescription,
];
