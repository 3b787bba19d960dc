import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { EMAIL_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Email Receipt Rule → Get (`GET /automations/email/receipt/{rule_id}`, ClickSend "Get a specific rule"). */
export const emailReceiptRuleGetDescription: INodeProperties[] = [ruleIdField(EMAIL_RECEIPT_RULE, 'get')];
