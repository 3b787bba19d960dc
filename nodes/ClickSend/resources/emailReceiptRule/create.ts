import type { INodeProperties } from 'n8n-workflow';

import { ruleCreateFields } from '../automationRule/fields';
import { EMAIL_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Email Receipt Rule → Create (`POST /automations/email/receipt`, ClickSend "Create a new rule"). */
export const emailReceiptRuleCreateDescription: INodeProperties[] = ruleCreateFields(EMAIL_RECEIPT_RULE);
