import { searchList } from '../shared/listSearch';

/** Email campaigns for resource locators (`GET /email-campaigns`, ClickSend "Get All Email Campaigns"), searchable by name. */
export const getEmailCampaigns = searchList({
	url: '/email-campaigns',
	idField: 'email_campaign_id',
	searchField: 'name',
	label: (row) => `${String(row.name ?? '')} – ${String(row.status ?? '')} (${String(row.email_campaign_id)})`,
});
