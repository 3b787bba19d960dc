import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { INBOUND_FAX_RULE } from '../automationRule/kinds';

/** Fields of Inbound Fax Rule → Get (`GET /automations/fax/inbound/{inbound_rule_id}`, ClickSend "Get a specific rule"). */
export const inboundFaxRuleGetDescription: INodeProperties[] = [ruleIdField(INBOUND_FAX_RULE, 'get')];
