import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { SMS_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of SMS Receipt Rule → Delete (`DELETE /automations/sms/receipts/{receipt_rule_id}`, ClickSend "Delete a rule"). */
export const smsReceiptRuleDeleteDescription: INodeProperties[] = [ruleIdField(SMS_RECEIPT_RULE, 'delete')];
