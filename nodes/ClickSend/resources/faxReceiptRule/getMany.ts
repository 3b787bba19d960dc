import type { INodeProperties } from 'n8n-workflow';

import { ruleGetManyFields } from '../automationRule/fields';
import { FAX_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Fax Receipt Rule → Get Many (`GET /automations/fax/receipts`, ClickSend "List rules"). */
export const faxReceiptRuleGetManyDescription: INodeProperties[] = ruleGetManyFields(FAX_RECEIPT_RULE);
