import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { EMAIL_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Email Receipt Rule → Delete (`DELETE /automations/email/receipt/{rule_id}`, ClickSend "Delete a rule"). */
export const emailReceiptRuleDeleteDescription: INodeProperties[] = [ruleIdField(EMAIL_RECEIPT_RULE, 'delete')];
