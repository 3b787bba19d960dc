import type { INodeProperties } from 'n8n-workflow';

import { ruleGetManyFields } from '../automationRule/fields';
import { SMS_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of SMS Receipt Rule → Get Many (`GET /automations/sms/receipts`, ClickSend "List rules"). */
export const smsReceiptRuleGetManyDescription: INodeProperties[] = ruleGetManyFields(SMS_RECEIPT_RULE);
