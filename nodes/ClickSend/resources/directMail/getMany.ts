import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** Fields of Direct Mail → Get Many (`GET /post/direct-mail/campaigns`, ClickSend "List Direct Mail Campaigns"). */
export const directMailGetManyDescription: INodeProperties[] = [...returnAllAndLimit('directMail', 'getAll')];
