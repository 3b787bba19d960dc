/**
 * ClickSend v3 operations this node deliberately does not offer, with the reason. Every other
 * operation of the ClickSend OpenAPI spec is a resource/operation of the node; the coverage test
 * (test/coverage.test.ts) reads this list and fails when an operation is missing or when one of
 * these appears in the node.
 */
export const OUT_OF_SCOPE_OPERATIONS: ReadonlyArray<{ method: string; path: string; reason: string }> = [
	{ method: 'POST', path: '/account', reason: 'Creates a new ClickSend account: a workflow already runs with existing credentials.' },
	{ method: 'PUT', path: '/account-verify/send', reason: 'Account sign-up verification is done once, by a person, in the dashboard.' },
	{
		method: 'PUT',
		path: '/account-verify/verify/{activation_token}',
		reason: 'Account sign-up verification is done once, by a person, in the dashboard.',
	},
	{ method: 'PUT', path: '/forgot-password', reason: 'Password recovery is for people locked out, not for workflows holding an API key.' },
	{ method: 'PUT', path: '/forgot-password/verify', reason: 'Password recovery is for people locked out, not for workflows holding an API key.' },
	{ method: 'PUT', path: '/forgot-username', reason: 'Username recovery is for people locked out, not for workflows holding an API key.' },
	{ method: 'GET', path: '/sdk-download/{type}', reason: 'Downloads a client SDK archive: meaningless inside n8n.' },
	{ method: 'POST', path: '/reseller/accounts-public', reason: 'Public reseller sign-up without credentials: not a workflow action.' },
	{
		method: 'PUT',
		path: '/recharge/credit-card',
		reason: 'Stores card data: card numbers must not pass through workflow items, execution logs or n8n storage.',
	},
];
