import type { INodeProperties } from 'n8n-workflow';

import { INBOUND_FAX_RULE } from '../automationRule/kinds';
import { ruleOperation } from '../automationRule/operations';
import { inboundFaxRuleGetManyDescription } from './getMany';
import { inboundFaxRuleGetDescription } from './get';
import { inboundFaxRuleDeleteDescription } from './delete';
import { inboundFaxRuleUpdateDescription } from './update';
import { inboundFaxRuleCreateDescription } from './create';

/** Resource "Inbound Fax Rule" (ClickSend automation rules, `/automations/fax/inbound`): the Operation option and every operation's fields. */
export const inboundFaxRuleDescription: INodeProperties[] = [
	ruleOperation(INBOUND_FAX_RULE),
	...inboundFaxRuleGetManyDescription,
	...inboundFaxRuleGetDescription,
	...inboundFaxRuleDeleteDescription,
	...inboundFaxRuleUpdateDescription,
	...inboundFaxRuleCreateDescription,
];
