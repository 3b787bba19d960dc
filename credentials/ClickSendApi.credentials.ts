import type {
	IAuthenticate,
	IAuthenticateRuleResponseSuccessBody,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/** ClickSend's application codes that mean "these credentials cannot be used", with ClickSend's own wording. */
const AUTH_FAILURES: Array<[code: string, message: string]> = [
	['INVALID_CREDENTIALS', 'Your Username or Unique Key is incorrect.'],
	['MISSING_CREDENTIALS', 'Not enough information has been supplied for authentication. Please ensure that your Username and Unique Key are supplied in your request.'],
	['UNAUTHORIZED', 'Authentication credentials were missing or incorrect.'],
	['ACCOUNT_NOT_ACTIVATED', 'Your account has not been activated.'],
	['FORBIDDEN', 'The request is understood, but it has been refused or access is not allowed.'],
];

/**
 * ClickSend API credentials: API username + API key, sent as HTTP Basic auth on every request.
 * The credential test calls `GET /account` (ClickSend "Get account information").
 */
export class ClickSendApi implements ICredentialType {
	name = 'clickSendApi';

	displayName = 'ClickSend API';

	icon: Icon = { light: 'file:../nodes/ClickSend/clicksend.svg', dark: 'file:../nodes/ClickSend/clicksend.dark.svg' };

	documentationUrl = 'https://developers.clicksend.com/docs/rest/v3/#authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'Your ClickSend API username (Dashboard → Developers → API Credentials)',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Your ClickSend API key',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://rest.clicksend.com/v3',
			description:
				'Leave as is. Change only to point the node at a ClickSend-compatible sandbox (for example the one bundled with this package for tests).',
		},
	];

	/**
	 * HTTP Basic auth (`auth: { username, password }` on the request options); surrounding
	 * whitespace pasted with the username or key is trimmed. A function rather than a generic
	 * `={{ $credentials… }}` mapping: n8n evaluates a generic mapping's expressions on every request
	 * (about 0.4 ms each), which per-item operations pay for every input item.
	 */
	authenticate: IAuthenticate = async (credentials, requestOptions) => ({
		...requestOptions,
		auth: { ...requestOptions.auth, username: String(credentials.username ?? '').trim(), password: String(credentials.apiKey ?? '').trim() },
	});

	/**
	 * `GET /account`. HTTP errors are not thrown so that the rules below can show ClickSend's own
	 * message for its authentication failure codes instead of a bare "Unauthorized".
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ String($credentials.baseUrl || "https://rest.clicksend.com/v3").trim().replace(/\\/+$/, "") }}',
			url: '/account',
			method: 'GET',
			ignoreHttpStatusErrors: true,
		},
		rules: [
			...AUTH_FAILURES.map(
				([code, message]): IAuthenticateRuleResponseSuccessBody => ({
					type: 'responseSuccessBody',
					properties: { key: 'response_code', value: code, message: `ClickSend: ${message} (${code})` },
				}),
			),
			// Any other refusal still fails the test, naming the HTTP status ClickSend answered with.
			...[400, 401, 403, 404, 405, 429, 500, 502, 503].map(
				(status): IAuthenticateRuleResponseSuccessBody => ({
					type: 'responseSuccessBody',
					properties: { key: 'http_code', value: status, message: `ClickSend refused the credentials (HTTP ${status})` },
				}),
			),
		],
	};
}
