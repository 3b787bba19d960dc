import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { FAX_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Fax Receipt Rule → Delete (`DELETE /automations/fax/receipts/{rule_id}`, ClickSend "Delete a rule"). */
export const faxReceiptRuleDeleteDescription: INodeProperties[] = [ruleIdField(FAX_RECEIPT_RULE, 'delete')];
