import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailAddressLocator } from './fields';

/** Fields of Email-to-SMS Address → Delete (`DELETE /sms/email-sms/{email_address_id}`, ClickSend "Delete Email-to-SMS Allowed Address"). */
export const emailToSmsAddressDeleteDescription: INodeProperties[] = [emailAddressLocator(showFor('emailToSmsAddress', 'delete'))];
