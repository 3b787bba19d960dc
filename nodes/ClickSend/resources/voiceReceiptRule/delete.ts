import type { INodeProperties } from 'n8n-workflow';

import { ruleIdField } from '../automationRule/fields';
import { VOICE_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Voice Receipt Rule → Delete (`DELETE /automations/voice/receipts/{receipt_rule_id}`, ClickSend "Delete a rule"). */
export const voiceReceiptRuleDeleteDescription: INodeProperties[] = [ruleIdField(VOICE_RECEIPT_RULE, 'delete')];
