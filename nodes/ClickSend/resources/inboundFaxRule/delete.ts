import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { INBOUND_FAX_RULE } from '../automationRule/kinds';

/** Fields of Inbound Fax Rule → Delete (`DELETE /automations/fax/inbound/{inbound_rule_id}`, ClickSend "Delete a rule"). */
export const inboundFaxRuleDeleteDescription: INodeProperties[] = [ruleIdField(INBOUND_FAX_RULE, 'delete')];
