import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { INBOUND_SMS_RULE } from '../automationRule/kinds';

/** Fields of Inbound SMS Rule → Delete (`DELETE /automations/sms/inbound/{inbound_rule_id}`, ClickSend "Delete a rule"). */
export const inboundSmsRuleDeleteDescription: INodeProperties[] = [ruleIdField(INBOUND_SMS_RULE, 'delete')];
