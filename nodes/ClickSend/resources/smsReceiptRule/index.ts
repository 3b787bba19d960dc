import type { INodeProperties } from 'n8n-workflow';

import { SMS_RECEIPT_RULE } from '../automationRule/kinds';
import { ruleOperation } from '../automationRule/operations';
import { smsReceiptRuleGetManyDescription } from './getMany';
import { smsReceiptRuleGetDescription } from './get';
import { smsReceiptRuleDeleteDescription } from './delete';
import { smsReceiptRuleUpdateDescription } from './update';
import { smsReceiptRuleCreateDescription } from './create';

/** Resource "SMS Receipt Rule" (ClickSend automation rules, `/automations/sms/receipts`): the Operation option and every operation's fields. */
export const smsReceiptRuleDescription: INodeProperties[] = [
	ruleOperation(SMS_RECEIPT_RULE),
	...smsReceiptRuleGetManyDescription,
	...smsReceiptRuleGetDescription,
	...smsReceiptRuleDeleteDescription,
	...smsReceiptRuleUpdateDescription,
	...smsReceiptRuleCreateDescription,
];
