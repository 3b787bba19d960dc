import type { INodeProperties } from 'n8n-workflow';

import { ruleUpdateFields } from '../automationRule/fields';
import { VOICE_RECEIPT_RULE } from '../automationRule/kinds';

/** Fields of Voice Receipt Rule → Update (`PUT /automations/voice/receipts/{receipt_rule_id}`, ClickSend "Update a rule"). ClickSend replaces the whole rule on PUT, so the required fields of create.ts are shown for Update too. */
export const voiceReceiptRuleUpdateDescription: INodeProperties[] = ruleUpdateFields(VOICE_RECEIPT_RULE);
