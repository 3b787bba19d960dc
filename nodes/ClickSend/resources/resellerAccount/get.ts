import type { INodeProperties } from 'n8n-workflow';

import { clientAccountLocator } from './fields';

/** Fields of Reseller Account → Get (`GET /reseller/accounts/{client_user_id}`, ClickSend "Get Reseller Account"). */
export const resellerAccountGetDescription: INodeProperties[] = [clientAccountLocator('get')];
