import {
	EMAIL_RECEIPT_RULE,
	FAX_RECEIPT_RULE,
	INBOUND_FAX_RULE,
	INBOUND_SMS_RULE,
	SMS_RECEIPT_RULE,
	VOICE_RECEIPT_RULE,
	type AutomationRuleKind,
} from '../resources/automationRule/kinds';
import { searchList } from '../shared/listSearch';

/** A resource-locator list of one kind's automation rules (`GET <kind path>`), searchable by rule name. */
export function ruleSearch(kind: AutomationRuleKind) {
	return searchList({
		url: kind.path,
		idField: kind.idField,
		searchField: 'rule_name',
		label: (row) => `${String(row.rule_name ?? '')} (${String(row[kind.idField])})`,
	});
}

/** Inbound SMS rules (`GET /automations/sms/inbound`). */
export const getInboundSmsRules = ruleSearch(INBOUND_SMS_RULE);
/** SMS delivery receipt rules (`GET /automations/sms/receipts`). */
export const getSmsReceiptRules = ruleSearch(SMS_RECEIPT_RULE);
/** Voice delivery receipt rules (`GET /automations/voice/receipts`). */
export const getVoiceReceiptRules = ruleSearch(VOICE_RECEIPT_RULE);
/** Inbound fax rules (`GET /automations/fax/inbound`). */
export const getInboundFaxRules = ruleSearch(INBOUND_FAX_RULE);
/** Fax delivery receipt rules (`GET /automations/fax/receipts`). */
export const getFaxReceiptRules = ruleSearch(FAX_RECEIPT_RULE);
/** Email delivery receipt rules (`GET /automations/email/receipt`). */
export const getEmailReceiptRules = ruleSearch(EMAIL_RECEIPT_RULE);
