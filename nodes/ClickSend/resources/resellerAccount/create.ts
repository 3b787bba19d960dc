import type { INodeProperties } from 'n8n-workflow';

import { accountProfileFields } from '../../shared/accountFields';

/**
 * Fields of Reseller Account → Create (`POST /reseller/accounts`, ClickSend "Create Reseller
 * Account"): a new client account under your reseller account. Its API key is redacted in the output.
 */
export const resellerAccountCreateDescription: INodeProperties[] = [...accountProfileFields('resellerAccount', ['create'])];
