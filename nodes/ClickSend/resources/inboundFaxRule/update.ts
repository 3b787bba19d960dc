import type { INodeProperties } from 'n8n-workflow';

import { ruleUpdateFields } from '../automationRule/fields';
import { INBOUND_FAX_RULE } from '../automationRule/kinds';

/** Fields of Inbound Fax Rule → Update (`PUT /automations/fax/inbound/{inbound_rule_id}`, ClickSend "Update a rule"). ClickSend replaces the whole rule on PUT, so the required fields of create.ts are shown for Update too. */
export const inboundFaxRuleUpdateDescription: INodeProperties[] = ruleUpdateFields(INBOUND_FAX_RULE);
