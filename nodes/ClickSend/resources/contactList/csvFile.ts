import type { INodeProperties } from 'n8n-workflow';

import { attachFile, fileFields } from '../../shared/uploads';

/**
 * The CSV file of contact imports (Contact List → Import Contacts, Preview Import): ClickSend reads
 * it from `file_url`. A public URL is sent as is; a CSV (or XLS/XLSX) in a binary property of the
 * input item is checked and uploaded first with `POST /uploads?convert=csv` (shared/uploads.ts),
 * and the URL ClickSend returns becomes `file_url`.
 */

/** The CSV source fields (URL or Binary File) of one Contact List operation. */
export function csvSourceFields(operation: string): INodeProperties[] {
	return fileFields({
		resource: 'contactList',
		operations: [operation],
		convert: 'csv',
		property: 'file_url',
		displayName: 'CSV File',
		urlDescription: 'Public http(s) URL of the CSV file; ClickSend downloads it',
	});
}

/** preSend hook of the CSV operations: sets `file_url` from the URL or the uploaded binary file. */
export const csvFileUrl = attachFile({ convert: 'csv', property: 'file_url', displayName: 'CSV File' });
