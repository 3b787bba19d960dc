import type { INodeProperties } from 'n8n-workflow';

import { ruleUpdateFields } from '../automationRule/fields';
import { INBOUND_SMS_RULE } from '../automationRule/kinds';

/** Fields of Inbound SMS Rule → Update (`PUT /automations/sms/inbound/{inbound_rule_id}`, ClickSend "Update a rule"). ClickSend replaces the whole rule on PUT, so the required fields of create.ts are shown for Update too. */
export const inboundSmsRuleUpdateDescription: INodeProperties[] = ruleUpdateFields(INBOUND_SMS_RULE);
