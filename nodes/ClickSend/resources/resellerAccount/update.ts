import type { INodeProperties } from 'n8n-workflow';

import { accountProfileFields } from '../../shared/accountFields';
import { clientAccountLocator } from './fields';

/**
 * Fields of Reseller Account → Update (`PUT /reseller/accounts/{client_user_id}`, ClickSend
 * "Update Reseller Account"): ClickSend requires the client's whole profile, password included.
 */
export const resellerAccountUpdateDescription: INodeProperties[] = [
	clientAccountLocator('update'),
	...accountProfileFields('resellerAccount', ['update']),
];
