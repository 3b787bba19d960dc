import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { exportFilenameField } from '../../shared/messagingFields';
import { contactListLocator } from './locator';

const show = showFor('contactList', 'export');

/**
 * Fields of Contact List → Export (`GET /lists/{list_id}/export?filename=`, ClickSend "Export
 * Contacts List"): outputs the `url` of the CSV file ClickSend prepared.
 */
export const contactListExportDescription: INodeProperties[] = [contactListLocator(show), exportFilenameField('contactList', 'export', 'contacts.csv')];
