import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { httpUrl, validate } from '../../shared/validation';
import { emailTemplateLocator } from './locator';

const show = showFor('emailTemplate', 'uploadImage');

/**
 * preSend of Upload Image: the body `url` must be one http(s) URL (trimmed, invisible characters removed).
 * @throws InvalidFieldError "Image URL": empty, a list or object, or not an http(s) URL.
 */
const checkImageUrl = validate(function (options) {
	const body = (options.body ??= {}) as IDataObject;
	body.url = httpUrl(body.url, 'Image URL');
});

/**
 * Fields of Email Template → Upload Image (`POST /email/templates-images/{template_id}`, ClickSend
 * "Upload Image to Specific Template"): ClickSend copies the image at the URL and answers with its
 * hosted URL, to use in the template's HTML.
 */
export const emailTemplateUploadImageDescription: INodeProperties[] = [
	emailTemplateLocator({ description: 'The email template the image is for', displayOptions: { show } }),
	{
		displayName: 'Image URL',
		name: 'imageUrl',
		type: 'string',
		required: true,
		displayOptions: { show },
		default: '',
		placeholder: 'https://example.com/logo.png',
		description: 'Public URL of the image ClickSend uploads',
		routing: { send: { type: 'body', property: 'url', preSend: [checkImageUrl] } },
	},
];
