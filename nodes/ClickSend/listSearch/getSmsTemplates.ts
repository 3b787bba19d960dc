import { searchList } from '../shared/listSearch';

/** SMS templates for resource locators (`GET /sms/templates`, ClickSend "List of Templates"), searchable by name. */
export const getSmsTemplates = searchList({
	url: '/sms/templates',
	idField: 'template_id',
	searchField: 'template_name',
	label: (row) => `${String(row.template_name ?? '')} (${String(row.template_id)})`,
});
