import type { INodeProperties } from 'n8n-workflow';

import { ruleUpdateFields } from '../automationRule/fields';
import { FAX_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Fax Receipt Rule → Update (`PUT /automations/fax/receipts/{rule_id}`, ClickSend "Update a rule"). */
export const faxReceiptRuleUpdateDescription: INodeProperties[] = ruleUpdateFields(FAX_RECEIPT_RULE);
