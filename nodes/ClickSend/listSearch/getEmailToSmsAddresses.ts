import { searchList } from '../shared/listSearch';

/**
 * Email-to-SMS allowed addresses for resource locators (`GET /sms/email-sms`, ClickSend "List of
 * Email-to-SMS Allowed Address"); a typed filter is matched against the labels of each page.
 */
export const getEmailToSmsAddresses = searchList({
	url: '/sms/email-sms',
	idField: 'email_address_id',
	label: (row) => `${String(row.email_address ?? '')}${row.from ? ` → ${String(row.from)}` : ''} (${String(row.email_address_id)})`,
});
