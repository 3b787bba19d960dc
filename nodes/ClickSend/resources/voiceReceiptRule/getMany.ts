import type { INodeProperties } from 'n8n-workflow';

import { ruleGetManyFields } from '../automationRule/fields';
import { VOICE_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Voice Receipt Rule → Get Many (`GET /automations/voice/receipts`, ClickSend "List rules"). */
export const voiceReceiptRuleGetManyDescription: INodeProperties[] = ruleGetManyFields(VOICE_RECEIPT_RULE);
