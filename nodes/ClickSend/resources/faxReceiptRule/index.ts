import type { INodeProperties } from 'n8n-workflow';

import { FAX_RECEIPT_RULE } from '../automationRule/kinds';
import { ruleOperation } from '../automationRule/operations';
import { faxReceiptRuleGetManyDescription } from './getMany';
import { faxReceiptRuleGetDescription } from './get';
import { faxReceiptRuleDeleteDescription } from './delete';
import { faxReceiptRuleUpdateDescription } from './update';
import { faxReceiptRuleCreateDescription } from './create';

/** Resource "Fax Receipt Rule" (ClickSend automation rules, `/automations/fax/receipts`): the Operation option and every operation's fields. */
export const faxReceiptRuleDescription: INodeProperties[] = [
	ruleOperation(FAX_RECEIPT_RULE),
	...faxReceiptRuleGetManyDescription,
	...faxReceiptRuleGetDescription,
	...faxReceiptRuleDeleteDescription,
	...faxReceiptRuleUpdateDescription,
	...faxReceiptRuleCreateDescription,
];
