import type { INodeProperties } from 'n8n-workflow';

import { ruleUpdateFields } from '../automationRule/fields';
import { SMS_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of SMS Receipt Rule → Update (`PUT /automations/sms/receipts/{receipt_rule_id}`, ClickSend "Update a rule"). ClickSend replaces the whole rule on PUT, so the required fields of create.ts are shown for Update too. */
export const smsReceiptRuleUpdateDescription: INodeProperties[] = ruleUpdateFields(SMS_RECEIPT_RULE);
