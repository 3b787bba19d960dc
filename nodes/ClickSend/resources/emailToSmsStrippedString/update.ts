import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { strippedStringLocator, stripStringField } from './fields';

const show = showFor('emailToSmsStrippedString', 'update');

/** Fields of Email-to-SMS Stripped String → Update (`PUT /sms/email-sms-stripped-strings/{rule_id}`, ClickSend "Update Stripped String"). */
export const strippedStringUpdateDescription: INodeProperties[] = [strippedStringLocator(show), stripStringField(show)];
