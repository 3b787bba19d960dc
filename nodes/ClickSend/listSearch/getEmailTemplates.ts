import { searchList } from '../shared/listSearch';

/** The account's email templates for resource locators (`GET /email/templates`, ClickSend "Get All Email Templates"), searchable by name. */
export const getEmailTemplates = searchList({
	url: '/email/templates',
	idField: 'template_id',
	searchField: 'template_name',
	label: (row) => `${String(row.template_name ?? '')} (${String(row.template_id)})`,
});
