import type { INodeProperties } from 'n8n-workflow';

import { ruleCreateFields } from '../automationRule/fields';
import { SMS_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of SMS Receipt Rule → Create (`POST /automations/sms/receipts`, ClickSend "Create a new rule"). */
export const smsReceiptRuleCreateDescription: INodeProperties[] = ruleCreateFields(SMS_RECEIPT_RULE);
