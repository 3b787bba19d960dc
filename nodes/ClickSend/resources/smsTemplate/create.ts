import type { INodeProperties } from 'n8n-workflow';

import { templateContentFields } from './fields';

/** Fields of SMS Template → Create (`POST /sms/templates`, ClickSend "Create a Template"). */
export const smsTemplateCreateDescription: INodeProperties[] = templateContentFields('create');
