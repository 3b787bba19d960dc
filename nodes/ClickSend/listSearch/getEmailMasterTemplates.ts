import { searchList } from '../shared/listSearch';

/**
 * ClickSend's master email templates for resource locators (`GET /email/master-templates`,
 * "Get All Master Email Templates"; one unpaginated list, filtered here by name or ID).
 */
export const getEmailMasterTemplates = searchList({
	url: '/email/master-templates',
	idField: 'template_id_master',
	label: (row) => `${String(row.template_name ?? '')} (${String(row.template_id_master)})`,
});
