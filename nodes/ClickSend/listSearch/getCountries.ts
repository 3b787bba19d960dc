import { searchList } from '../shared/listSearch';

/** Countries for resource locators (`GET /countries`, ClickSend "Get all Countries"): value = two-letter code. */
export const getCountries = searchList({
	url: '/countries',
	idField: 'code',
	label: (row) => `${String(row.value ?? '')} (${String(row.code)})`,
});
