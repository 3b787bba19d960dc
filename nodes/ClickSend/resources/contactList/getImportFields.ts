import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactListLocator } from './locator';

/**
 * Fields of Contact List → Get Import Fields (`GET /lists/{list_id}/import-fields`, ClickSend
 * "Get List of Acceptable Import Fields"): one item per field (`field`, `label`).
 */
export const contactListGetImportFieldsDescription: INodeProperties[] = [contactListLocator(showFor('contactList', 'getImportFields'))];
