import { searchList } from '../shared/listSearch';

/** Your dedicated numbers for resource locators (`GET /numbers`, ClickSend "Get all Dedicated Numbers"), searchable by number. */
export const getDedicatedNumbers = searchList({
	url: '/numbers',
	idField: 'dedicated_number',
	searchField: 'dedicated_number',
	label: (row) => `${String(row.dedicated_number ?? '')}${row._country_name ? ` (${String(row._country_name)})` : ''}`,
});
