import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { clickSendRequest, fillPathParameters, preSend } from './transport';
import { fieldCheckError, InvalidFieldError, isBlank, toUnixSeconds } from './validation';

/**
 * preSend hook of SMS Campaign → Update and Email Campaign → Update (`PUT /sms-campaigns/{id}`,
 * `PUT /email-campaigns/{id}`). ClickSend replaces a campaign's schedule on every update, and an
 * update without one sends the campaign at once. So when Update Fields → Schedule is empty, the
 * campaign's current schedule is read with `GET <url>` (ClickSend "Get SMS/Email Campaign", this
 * operation's one extra request) and sent again: changing the text of a scheduled campaign does
 * not send it. A Schedule set to now (or a moment ago) still sends it now. Runs after the field
 * checks, and not at all when one failed (nothing is requested for bad input).
 * @param url the campaign's path with its ID placeholder, e.g. `/sms-campaigns/{campaignId}`.
 * @throws the read's error (e.g. ClickSend's "not found"), or "Invalid Schedule" when the
 * campaign has no future schedule to keep (already sent, or an answer without one): the update is
 * not sent, so it can never send a campaign the user did not ask to send.
 */
export function keepCampaignSchedule(url: string): PreSendAction {
	return preSend(async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		if (!isBlank(this.getNodeParameter('updateFields.schedule', ''))) return options;
		const path = fillPathParameters(this, url);
		const { envelope } = await clickSendRequest.call(this, { method: 'GET', url: path });
		const current = (envelope.data as IDataObject | undefined)?.schedule;
		let seconds: number | undefined;
		try {
			// Unix seconds as ClickSend gives them (text or number); milliseconds are read as the node reads them elsewhere.
			seconds = toUnixSeconds(current, 'UTC', 'Schedule');
		} catch {
			seconds = undefined;
		}
		if (seconds === undefined || seconds <= Math.floor(Date.now() / 1000)) {
			throw fieldCheckError(
				this,
				new InvalidFieldError(
					'Schedule',
					`is empty, and the campaign has no future schedule to keep (GET ${path} gave ${JSON.stringify(current ?? null)}); nothing was updated. ` +
						'Give a Schedule, or a time of now to send it now',
				),
			);
		}
		((options.body ??= {}) as IDataObject).schedule = seconds;
		return options;
	});
}
