import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { FAX_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Fax Receipt Rule → Get (`GET /automations/fax/receipts/{rule_id}`, ClickSend "Get a specific rule"). */
export const faxReceiptRuleGetDescription: INodeProperties[] = [ruleIdField(FAX_RECEIPT_RULE, 'get')];
