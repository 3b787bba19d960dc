import { searchList } from '../shared/listSearch';

/** SMS campaigns for resource locators (`GET /sms-campaigns`, ClickSend "Get list of SMS Campaigns"), searchable by name. */
export const getSmsCampaigns = searchList({
	url: '/sms-campaigns',
	idField: 'sms_campaign_id',
	searchField: 'name',
	label: (row) => `${String(row.name ?? '')} (${String(row.sms_campaign_id)}, ${String(row.status ?? '')})`,
});
