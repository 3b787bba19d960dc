import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactListLocator, contactLocator } from '../contactList/locator';

const show = showFor('contact', 'delete');

/** Fields of Contact → Delete (`DELETE /lists/{list_id}/contacts/{contact_id}`, ClickSend "Delete a specific contact"). */
export const contactDeleteDescription: INodeProperties[] = [contactListLocator(show), contactLocator(show)];
