import type { INodeProperties } from 'n8n-workflow';

import { ruleGetManyFields } from '../automationRule/fields';
import { INBOUND_SMS_RULE } from '../automationRule/kinds';

/** Fields of Inbound SMS Rule → Get Many (`GET /automations/sms/inbound`, ClickSend "List rules"). */
export const inboundSmsRuleGetManyDescription: INodeProperties[] = ruleGetManyFields(INBOUND_SMS_RULE);
