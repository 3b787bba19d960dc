import type { INodeProperties } from 'n8n-workflow';

import { directMailFields } from './fields';

/** Fields of Direct Mail → Create (`POST /post/direct-mail/campaigns/send`, ClickSend "Create New Campaign"). */
export const directMailCreateDescription: INodeProperties[] = directMailFields('create');
