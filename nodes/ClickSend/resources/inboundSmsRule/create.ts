import type { INodeProperties } from 'n8n-workflow';

import { ruleCreateFields } from '../automationRule/fields';
import { INBOUND_SMS_RULE } from '../automationRule/kinds';

/** Fields of Inbound SMS Rule → Create (`POST /automations/sms/inbound`, ClickSend "Create a new rule"). */
export const inboundSmsRuleCreateDescription: INodeProperties[] = ruleCreateFields(INBOUND_SMS_RULE);
