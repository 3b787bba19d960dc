import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Email-to-SMS Stripped String → Get Many (`GET /sms/email-sms-stripped-strings`, ClickSend "List Stripped Strings"). */
export const strippedStringGetManyDescription: INodeProperties[] = [...returnAllAndLimit('emailToSmsStrippedString', 'getAll')];
