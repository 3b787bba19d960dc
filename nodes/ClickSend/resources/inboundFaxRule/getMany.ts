import type { INodeProperties } from 'n8n-workflow';

import { ruleGetManyFields } from '../automationRule/fields';
import { INBOUND_FAX_RULE } from '../automationRule/kinds';

/** Fields of Inbound Fax Rule → Get Many (`GET /automations/fax/inbound`, ClickSend "List rules"). */
export const inboundFaxRuleGetManyDescription: INodeProperties[] = ruleGetManyFields(INBOUND_FAX_RULE);
