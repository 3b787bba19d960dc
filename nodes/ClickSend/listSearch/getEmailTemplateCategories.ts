import { searchList } from '../shared/listSearch';

/**
 * Master template categories for resource locators (`GET /email/master-templates-categories`,
 * ClickSend "Get All Master Template Categories"; one unpaginated list, filtered here).
 */
export const getEmailTemplateCategories = searchList({
	url: '/email/master-templates-categories',
	idField: 'category_id',
	label: (row) => `${String(row.name ?? '')} (${String(row.category_id)})`,
});
