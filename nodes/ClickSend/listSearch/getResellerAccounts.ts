import { searchList } from '../shared/listSearch';

/** Your reseller client accounts for resource locators (`GET /reseller/accounts`, ClickSend "List of Reseller Accounts"), searchable by username. */
export const getResellerAccounts = searchList({
	url: '/reseller/accounts',
	idField: 'user_id',
	searchField: 'username',
	label: (row) => `${String(row.username ?? '')}${row.account_name ? ` – ${String(row.account_name)}` : ''} (${String(row.user_id)})`,
});
