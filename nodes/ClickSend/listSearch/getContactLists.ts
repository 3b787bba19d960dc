import { searchList } from '../shared/listSearch';

/** Contact lists for resource locators (`GET /lists`, ClickSend "Get all lists"), searchable by name or ID (`GET /lists/{id}`). */
export const getContactLists = searchList({
	url: '/lists',
	idField: 'list_id',
	searchField: 'list_name',
	label: (row) => `${String(row.list_name ?? '')} (${String(row.list_id)})`,
	byId: (id) => `/lists/${id}`,
});
