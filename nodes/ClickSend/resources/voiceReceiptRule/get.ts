import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { VOICE_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Voice Receipt Rule → Get (`GET /automations/voice/receipts/{receipt_rule_id}`, ClickSend "Get a specific rule"). */
export const voiceReceiptRuleGetDescription: INodeProperties[] = [ruleIdField(VOICE_RECEIPT_RULE, 'get')];
