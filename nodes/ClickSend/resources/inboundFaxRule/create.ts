import type { INodeProperties } from 'n8n-workflow';

import { ruleCreateFields } from '../automationRule/fields';
import { INBOUND_FAX_RULE } from '../automationRule/kinds';

/** Fields of Inbound Fax Rule → Create (`POST /automations/fax/inbound`, ClickSend "Create a new rule"). */
export const inboundFaxRuleCreateDescription: INodeProperties[] = ruleCreateFields(INBOUND_FAX_RULE);
