import type { INodeProperties } from 'n8n-workflow';

import { ruleGetManyFields } from '../automationRule/fields';
import { EMAIL_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Email Receipt Rule → Get Many (`GET /automations/email/receipt`, ClickSend "List rules"). */
export const emailReceiptRuleGetManyDescription: INodeProperties[] = ruleGetManyFields(EMAIL_RECEIPT_RULE);
