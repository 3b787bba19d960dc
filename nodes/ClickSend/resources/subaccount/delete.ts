import type { INodeProperties } from 'n8n-workflow';

import { subaccountLocator } from './fields';

/** Fields of Subaccount → Delete (`DELETE /subaccounts/{subaccount_id}`, ClickSend "Delete a specific subaccount"). */
export const subaccountDeleteDescription: INodeProperties[] = [subaccountLocator('delete')];
