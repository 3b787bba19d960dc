import type { INodeProperties } from 'n8n-workflow';

import { subaccountLocator } from './fields';

/** Fields of Subaccount → Get (`GET /subaccounts/{subaccount_id}`, ClickSend "Get a specific subaccount"). */
export const subaccountGetDescription: INodeProperties[] = [subaccountLocator('get')];
