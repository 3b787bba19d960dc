import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { csvSourceFields } from './csvFile';
import { contactListLocator } from './locator';

/**
 * Fields of Contact List → Preview Import (`POST /lists/{list_id}/import-csv-preview`, ClickSend
 * "Show CSV Import File Preview"): outputs the first row of the CSV file (`row`).
 */
export const contactListPreviewImportDescription: INodeProperties[] = [
	contactListLocator(showFor('contactList', 'previewImport')),
	...csvSourceFields('previewImport'),
];
