import type { INodeProperties } from 'n8n-workflow';

import { subaccountLocator } from './fields';

/**
 * Fields of Subaccount → Regenerate API Key (`PUT /subaccounts/{subaccount_id}/regen-api-key`,
 * ClickSend "Regenerate API Key"). The new key is redacted in the output (ClickSend dashboard).
 */
export const subaccountRegenerateApiKeyDescription: INodeProperties[] = [subaccountLocator('regenerateApiKey')];
