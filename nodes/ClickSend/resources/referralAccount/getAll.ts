import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Referral Account → Get Many (`GET /referral/accounts`, ClickSend "Get List of Referral Accounts"). */
export const referralAccountGetManyDescription: INodeProperties[] = [...returnAllAndLimit('referralAccount', 'getAll')];
