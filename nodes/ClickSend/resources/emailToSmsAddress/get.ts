import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailAddressLocator } from './fields';

/** Fields of Email-to-SMS Address → Get (`GET /sms/email-sms/{email_address_id}`, ClickSend "Get specific Email-to-SMS Allowed Address"). */
export const emailToSmsAddressGetDescription: INodeProperties[] = [emailAddressLocator(showFor('emailToSmsAddress', 'get'))];
