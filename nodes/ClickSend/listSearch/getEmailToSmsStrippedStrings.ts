import { searchList } from '../shared/listSearch';

/**
 * Email-to-SMS stripped strings for resource locators (`GET /sms/email-sms-stripped-strings`,
 * ClickSend "List Stripped Strings"); a typed filter is matched against the labels of each page.
 */
export const getEmailToSmsStrippedStrings = searchList({
	url: '/sms/email-sms-stripped-strings',
	idField: 'rule_id',
	label: (row) => `${String(row.strip_string ?? '')} (${String(row.rule_id)})`,
});
