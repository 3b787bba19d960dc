import type { INodeProperties } from 'n8n-workflow';

import { ruleCreateFields } from '../automationRule/fields';
import { FAX_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Fax Receipt Rule → Create (`POST /automations/fax/receipts`, ClickSend "Create a new rule"). */
export const faxReceiptRuleCreateDescription: INodeProperties[] = ruleCreateFields(FAX_RECEIPT_RULE);
