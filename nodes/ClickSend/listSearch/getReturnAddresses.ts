import { searchList } from '../shared/listSearch';

/** Post return addresses for resource locators (`GET /post/return-addresses`, ClickSend "Get List of Post Return Addresses"). */
export const getReturnAddresses = searchList({
	url: '/post/return-addresses',
	idField: 'return_address_id',
	label: (row) =>
		`${String(row.address_name ?? '')}, ${String(row.address_line_1 ?? '')}, ${String(row.address_city ?? '')} (${String(row.return_address_id)})`,
});
