import type { INodeProperties } from 'n8n-workflow';

import { templateIdField } from './fields';

/** Fields of SMS Template → Delete (`DELETE /sms/templates/{template_id}`, ClickSend "Delete a Template"). */
export const smsTemplateDeleteDescription: INodeProperties[] = [templateIdField('delete', 'The template to delete')];
