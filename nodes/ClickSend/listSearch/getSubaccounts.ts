import { searchList } from '../shared/listSearch';

/** Subaccounts for resource locators (`GET /subaccounts`, ClickSend "Get all Subaccounts"), searchable by API username. */
export const getSubaccounts = searchList({
	url: '/subaccounts',
	idField: 'subaccount_id',
	searchField: 'api_username',
	label: (row) => {
		const name = [row.first_name, row.last_name].filter((part) => typeof part === 'string' && part !== '').join(' ');
		return `${String(row.api_username ?? '')}${name ? ` – ${name}` : ''} (${String(row.subaccount_id)})`;
	},
});
