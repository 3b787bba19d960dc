import type { INodeProperties } from 'n8n-workflow';

import { ruleCreateFields } from '../automationRule/fields';
import { VOICE_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Voice Receipt Rule → Create (`POST /automations/voice/receipts`, ClickSend "Create a new rule"). */
export const voiceReceiptRuleCreateDescription: INodeProperties[] = ruleCreateFields(VOICE_RECEIPT_RULE);
