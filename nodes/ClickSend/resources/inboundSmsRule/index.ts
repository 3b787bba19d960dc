import type { INodeProperties } from 'n8n-workflow';

import { INBOUND_SMS_RULE } from '../automationRule/kinds';
import { ruleOperation } from '../automationRule/operations';
import { inboundSmsRuleGetManyDescription } from './getMany';
import { inboundSmsRuleGetDescription } from './get';
import { inboundSmsRuleDeleteDescription } from './delete';
import { inboundSmsRuleUpdateDescription } from './update';
import { inboundSmsRuleCreateDescription } from './create';

/** Resource "Inbound SMS Rule" (ClickSend automation rules, `/automations/sms/inbound`): the Operation option and every operation's fields. */
export const inboundSmsRuleDescription: INodeProperties[] = [
	ruleOperation(INBOUND_SMS_RULE),
	...inboundSmsRuleGetManyDescription,
	...inboundSmsRuleGetDescription,
	...inboundSmsRuleDeleteDescription,
	...inboundSmsRuleUpdateDescription,
	...inboundSmsRuleCreateDescription,
];
