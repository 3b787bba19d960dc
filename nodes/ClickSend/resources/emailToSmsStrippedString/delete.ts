import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { strippedStringLocator } from './fields';

/** Fields of Email-to-SMS Stripped String → Delete (`DELETE /sms/email-sms-stripped-strings/{rule_id}`, ClickSend "Delete Stripped String"). */
export const strippedStringDeleteDescription: INodeProperties[] = [strippedStringLocator(showFor('emailToSmsStrippedString', 'delete'))];
