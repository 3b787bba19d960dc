import type { INodeProperties } from 'n8n-workflow';

import { EMAIL_RECEIPT_RULE } from '../automationRule/kinds';
import { ruleOperation } from '../automationRule/operations';
import { emailReceiptRuleGetManyDescription } from './getMany';
import { emailReceiptRuleGetDescription } from './get';
import { emailReceiptRuleDeleteDescription } from './delete';
import { emailReceiptRuleUpdateDescription } from './update';
import { emailReceiptRuleCreateDescription } from './create';

/** Resource "Email Receipt Rule" (ClickSend automation rules, `/automations/email/receipt`): the Operation option and every operation's fields. */
export const emailReceiptRuleDescription: INodeProperties[] = [
	ruleOperation(EMAIL_RECEIPT_RULE),
	...emailReceiptRuleGetManyDescription,
	...emailReceiptRuleGetDescription,
	...emailReceiptRuleDeleteDescription,
	...emailReceiptRuleUpdateDescription,
	...emailReceiptRuleCreateDescription,
];
