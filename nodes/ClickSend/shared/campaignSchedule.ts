import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { clickSendRequest, fillPathParameters, preSend } from './transport';

/** Whether a Schedule field was left empty (not added, or added without a value). */
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * preSend hook of SMS Campaign → Update and Email Campaign → Update (`PUT /sms-campaigns/{id}`,
 * `PUT /email-campaigns/{id}`). ClickSend replaces a campaign's schedule on every update, and an
 * update without one sends the campaign at once. So when Update Fields → Schedule is empty, the
 * campaign's current schedule (Unix seconds) is read with `GET <url>` (ClickSend "Get SMS/Email
 * Campaign", this operation's one extra request) and sent again: changing the text of a scheduled
 * campaign does not send it. A Schedule set to now (or a moment ago) still sends it now. Runs
 * after the field checks, and not at all when one failed (nothing is requested for bad input).
 * @param url the campaign's path with its ID placeholder, e.g. `/sms-campaigns/{campaignId}`.
 * @throws the GET's error (e.g. ClickSend's "not found") as the item's error; the update is not sent.
 */
export function keepCampaignSchedule(url: string): PreSendAction {
	return preSend(async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		if (!isBlank(this.getNodeParameter('updateFields.schedule', ''))) return options;
		const { envelope } = await clickSendRequest.call(this, { method: 'GET', url: fillPathParameters(this, url) });
		const current = Number((envelope.data as IDataObject | undefined)?.schedule);
		if (Number.isInteger(current) && current > Math.floor(Date.now() / 1000)) ((options.body ??= {}) as IDataObject).schedule = current;
		return options;
	});
}
