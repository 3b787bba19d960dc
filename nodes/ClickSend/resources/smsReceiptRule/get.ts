import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { SMS_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of SMS Receipt Rule → Get (`GET /automations/sms/receipts/{receipt_rule_id}`, ClickSend "Get a specific rule"). */
export const smsReceiptRuleGetDescription: INodeProperties[] = [ruleIdField(SMS_RECEIPT_RULE, 'get')];
