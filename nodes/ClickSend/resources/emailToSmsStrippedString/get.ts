import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { strippedStringLocator } from './fields';

/** Fields of Email-to-SMS Stripped String → Get (`GET /sms/email-sms-stripped-strings/{rule_id}`, ClickSend "Find Specific Stripped String"). */
export const strippedStringGetDescription: INodeProperties[] = [strippedStringLocator(showFor('emailToSmsStrippedString', 'get'))];
