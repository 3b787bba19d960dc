import { searchList } from '../shared/listSearch';

/**
 * Allowed (sender) email addresses for resource locators (`GET /email/addresses`, ClickSend
 * "Get All Allowed Email Addresses"), searchable by address; unverified ones are marked.
 */
export const getEmailAddresses = searchList({
	url: '/email/addresses',
	idField: 'email_address_id',
	searchField: 'email_address',
	label: (row) =>
		`${String(row.email_address ?? '')}${Number(row.verified) === 1 ? '' : ' (not verified)'} (${String(row.email_address_id)})`,
});
