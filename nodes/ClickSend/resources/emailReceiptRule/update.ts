import type { INodeProperties } from 'n8n-workflow';

import { ruleUpdateFields } from '../automationRule/fields';
import { EMAIL_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Email Receipt Rule → Update (`PUT /automations/email/receipt/{rule_id}`, ClickSend "Update a rule"). */
export const emailReceiptRuleUpdateDescription: INodeProperties[] = ruleUpdateFields(EMAIL_RECEIPT_RULE);
