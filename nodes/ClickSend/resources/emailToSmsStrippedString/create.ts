import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { stripStringField } from './fields';

/** Fields of Email-to-SMS Stripped String → Create (`POST /sms/email-sms-stripped-strings`, ClickSend "Create Stripped String"). */
export const strippedStringCreateDescription: INodeProperties[] = [stripStringField(showFor('emailToSmsStrippedString', 'create'))];
