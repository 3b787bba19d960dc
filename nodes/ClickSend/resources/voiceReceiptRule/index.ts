import type { INodeProperties } from 'n8n-workflow';

import { VOICE_RECEIPT_RULE } from '../automationRule/kinds';
import { ruleOperation } from '../automationRule/operations';
import { voiceReceiptRuleGetManyDescription } from './getMany';
import { voiceReceiptRuleGetDescription } from './get';
import { voiceReceiptRuleDeleteDescription } from './delete';
import { voiceReceiptRuleUpdateDescription } from './update';
import { voiceReceiptRuleCreateDescription } from './create';

/** Resource "Voice Receipt Rule" (ClickSend automation rules, `/automations/voice/receipts`): the Operation option and every operation's fields. */
export const voiceReceiptRuleDescription: INodeProperties[] = [
	ruleOperation(VOICE_RECEIPT_RULE),
	...voiceReceiptRuleGetManyDescription,
	...voiceReceiptRuleGetDescription,
	...voiceReceiptRuleDeleteDescription,
	...voiceReceiptRuleUpdateDescription,
	...voiceReceiptRuleCreateDescription,
];
