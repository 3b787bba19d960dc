import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Email-to-SMS Address → Get Many (`GET /sms/email-sms`, ClickSend "List of Email-to-SMS Allowed Address"). */
export const emailToSmsAddressGetManyDescription: INodeProperties[] = [...returnAllAndLimit('emailToSmsAddress', 'getAll')];
