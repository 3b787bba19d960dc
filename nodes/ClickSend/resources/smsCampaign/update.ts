import type { INodeProperties } from 'n8n-workflow';

import { campaignFields, campaignIdField } from './fields';

/**
 * Fields of SMS Campaign → Update (`PUT /sms-campaigns/{sms_campaign_id}`, ClickSend "Update an SMS Campaign"):
 * ClickSend requires the list, name and body on every update, and replaces the schedule and sender
 * (an empty Schedule keeps the current one: see keepCampaignSchedule).
 */
export const smsCampaignUpdateDescription: INodeProperties[] = [
	campaignIdField('update', 'The campaign to update (only campaigns not yet sent)'),
	...campaignFields('update', { schedule: true, collection: 'updateFields' }),
];
