import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactListLocator } from './locator';

/** Fields of Contact List → Get (`GET /lists/{list_id}`, ClickSend "Get a specific contact list"). */
export const contactListGetDescription: INodeProperties[] = [contactListLocator(showFor('contactList', 'get'))];
