import type { INodeProperties } from 'n8n-workflow';

import { testCallbackFields } from '../../shared/messagingFields';

/** Fields of SMS → Add Test Inbound SMS (`POST /sms/inbound`, ClickSend "Add a Test Inbound SMS"). */
export const smsAddTestInboundDescription: INodeProperties[] = testCallbackFields('sms', 'addTestInbound');
