import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactListLocator, contactLocator } from '../contactList/locator';

const show = showFor('contact', 'get');

/** Fields of Contact → Get (`GET /lists/{list_id}/contacts/{contact_id}`, ClickSend "Get a specific contact"). */
export const contactGetDescription: INodeProperties[] = [contactListLocator(show), contactLocator(show)];
