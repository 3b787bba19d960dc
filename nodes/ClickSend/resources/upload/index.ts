import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { binaryContent, type UploadConversion } from '../../shared/uploads';
import { uploadUploadDescription } from './upload';

/** The input file as base64 `content`, checked against the rules of the chosen conversion (before any request). */
const uploadContent = binaryContent(function (this: IExecuteSingleFunctions) {
	return this.getNodeParameter('convert', 'post') as UploadConversion;
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
