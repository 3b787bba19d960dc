import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { INBOUND_SMS_RULE } from '../automationRule/kinds';

/** Fields of Inbound SMS Rule → Get (`GET /automations/sms/inbound/{inbound_rule_id}`, ClickSend "Get a specific rule"). */
export const inboundSmsRuleGetDescription: INodeProperties[] = [ruleIdField(INBOUND_SMS_RULE, 'get')];
