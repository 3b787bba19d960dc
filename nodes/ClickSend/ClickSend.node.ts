import { NodeConnectionTypes, type INodeProperties, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import {
	getEmailReceiptRules,
	getFaxReceiptRules,
	getInboundFaxRules,
	getInboundSmsRules,
	getSmsReceiptRules,
	getVoiceReceiptRules,
} from './listSearch/getAutomationRules';
import { getContactLists } from './listSearch/getContactLists';
import { getContacts } from './listSearch/getContacts';
import { getEmailToSmsAddresses } from './listSearch/getEmailToSmsAddresses';
import { getEmailToSmsStrippedStrings } from './listSearch/getEmailToSmsStrippedStrings';
import { contactDescription } from './resources/contact';
import { upsertContact } from './resources/contact/upsertOperation';
import { contactListDescription } from './resources/contactList';
import { emailToSmsAddressDescription } from './resources/emailToSmsAddress';
import { emailToSmsStrippedStringDescription } from './resources/emailToSmsStrippedString';
import { getDedicatedNumbers } from './listSearch/getDedicatedNumbers';
import { getResellerAccounts } from './listSearch/getResellerAccounts';
import { getSubaccounts } from './listSearch/getSubaccounts';
import { getEmailAddresses } from './listSearch/getEmailAddresses';
import { getEmailCampaigns } from './listSearch/getEmailCampaigns';
import { getEmailMasterTemplates } from './listSearch/getEmailMasterTemplates';
import { getEmailTemplateCategories } from './listSearch/getEmailTemplateCategories';
import { getEmailTemplates } from './listSearch/getEmailTemplates';
import { getSmsCampaigns } from './listSearch/getSmsCampaigns';
import { getSenders } from './listSearch/getSenders';
import { getSmsTemplates } from './listSearch/getSmsTemplates';
import { emailDescription } from './resources/email';
import { emailAddressDescription } from './resources/emailAddress';
import { emailCampaignDescription } from './resources/emailCampaign';
import { emailMasterTemplateDescription } from './resources/emailMasterTemplate';
import { emailTemplateDescription } from './resources/emailTemplate';
import { emailReceiptRuleDescription } from './resources/emailReceiptRule';
import { faxReceiptRuleDescription } from './resources/faxReceiptRule';
import { inboundFaxRuleDescription } from './resources/inboundFaxRule';
import { inboundSmsRuleDescription } from './resources/inboundSmsRule';
import { smsReceiptRuleDescription } from './resources/smsReceiptRule';
import { voiceReceiptRuleDescription } from './resources/voiceReceiptRule';
import { accountDescription } from './resources/account';
import { accountRechargeDescription } from './resources/accountRecharge';
import { countryDescription } from './resources/country';
import { deliveryIssueDescription } from './resources/deliveryIssue';
import { numberDescription } from './resources/number';
import { referralAccountDescription } from './resources/referralAccount';
import { resellerDescription } from './resources/reseller';
import { resellerAccountDescription } from './resources/resellerAccount';
import { statisticsDescription } from './resources/statistics';
import { subaccountDescription } from './resources/subaccount';
import { timezoneDescription } from './resources/timezone';
import { smsDescription } from './resources/sms';
import { smsCampaignDescription } from './resources/smsCampaign';
import { smsTemplateDescription } from './resources/smsTemplate';
import { voiceDescription } from './resources/voice';
import { getCountries } from './listSearch/getCountries';
import { getReturnAddresses } from './listSearch/getReturnAddresses';
import { directMailDescription } from './resources/directMail';
import { faxDescription } from './resources/fax';
import { letterDescription } from './resources/letter';
import { mmsDescription } from './resources/mms';
import { postcardDescription } from './resources/postcard';
import { pricingDescription } from './resources/pricing';
import { returnAddressDescription } from './resources/returnAddress';
import { uploadDescription } from './resources/upload';
import { batchedSend, batchingOption } from './shared/batching';
import { addChoiceChecks } from './shared/choices';
import { registerFieldLabels } from './shared/fieldLabels';
import { mergeSharedProperties } from './shared/mergeProperties';
import { executeRequest } from './shared/transport';

/**
 * Every field of the node as the resources' files describe them, one copy per operation; the
 * node's description merges the identical copies ({@link mergeSharedProperties}).
 */
export const clickSendProperties: INodeProperties[] = [
		{
			// Routes every operation through the shared executor (n8n calls it for "paginated" requests).
			displayName: 'Request Executor',
			name: 'requestExecutor',
			type: 'hidden',
			default: '',
			routing: { send: { paginate: true } },
		},
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Account', value: 'account' },
				{ name: 'Account Recharge', value: 'accountRecharge' },
				{ name: 'Contact', value: 'contact' },
				{ name: 'Contact List', value: 'contactList' },
				{ name: 'Country', value: 'country' },
				{ name: 'Dedicated Number', value: 'number' },
				{ name: 'Delivery Issue', value: 'deliveryIssue' },
				{ name: 'Direct Mail Campaign', value: 'directMail' },
				{ name: 'Email', value: 'email' },
				{ name: 'Email Address', value: 'emailAddress' },
				{ name: 'Email Campaign', value: 'emailCampaign' },
				{ name: 'Email Master Template', value: 'emailMasterTemplate' },
				{ name: 'Email Receipt Rule', value: 'emailReceiptRule' },
				{ name: 'Email Template', value: 'emailTemplate' },
				{ name: 'Email-to-SMS Address', value: 'emailToSmsAddress' },
				{ name: 'Email-to-SMS Stripped String', value: 'emailToSmsStrippedString' },
				{ name: 'Fax', value: 'fax' },
				{ name: 'Fax Receipt Rule', value: 'faxReceiptRule' },
				{ name: 'Inbound Fax Rule', value: 'inboundFaxRule' },
				{ name: 'Inbound SMS Rule', value: 'inboundSmsRule' },
				{ name: 'Letter', value: 'letter' },
				// eslint-disable-next-line n8n-nodes-base/node-param-resource-with-plural-option -- MMS is singular (Multimedia Messaging Service), as the rule's own SMS exception
				{ name: 'MMS', value: 'mms' },
				{ name: 'Postcard', value: 'postcard' },
				{ name: 'Pricing', value: 'pricing' },
				{ name: 'Referral Account', value: 'referralAccount' },
				{ name: 'Reseller', value: 'reseller' },
				{ name: 'Reseller Account', value: 'resellerAccount' },
				{ name: 'Return Address', value: 'returnAddress' },
				{ name: 'SMS', value: 'sms' },
				{ name: 'SMS Campaign', value: 'smsCampaign' },
				{ name: 'SMS Receipt Rule', value: 'smsReceiptRule' },
				{ name: 'SMS Template', value: 'smsTemplate' },
				{ name: 'Statistic', value: 'statistics' },
				{ name: 'Subaccount', value: 'subaccount' },
				{ name: 'Timezone', value: 'timezone' },
				{ name: 'Upload', value: 'upload' },
				{ name: 'Voice', value: 'voice' },
				{ name: 'Voice Receipt Rule', value: 'voiceReceiptRule' },
			],
			default: 'sms',
		},
		...accountDescription,
		...accountRechargeDescription,
		...countryDescription,
		...deliveryIssueDescription,
		...numberDescription,
		...referralAccountDescription,
		...resellerDescription,
		...resellerAccountDescription,
		...statisticsDescription,
		...subaccountDescription,
		...timezoneDescription,
		...smsDescription,
		...contactDescription,
		...contactListDescription,
		...emailToSmsAddressDescription,
		...emailToSmsStrippedStringDescription,
		...smsCampaignDescription,
		...smsTemplateDescription,
		...voiceDescription,
		...emailDescription,
		...emailAddressDescription,
		...emailCampaignDescription,
		...emailMasterTemplateDescription,
		...emailTemplateDescription,
		...emailReceiptRuleDescription,
		...faxReceiptRuleDescription,
		...inboundFaxRuleDescription,
		...inboundSmsRuleDescription,
		...smsReceiptRuleDescription,
		...voiceReceiptRuleDescription,
		...mmsDescription,
		...faxDescription,
		...letterDescription,
		...returnAddressDescription,
		...postcardDescription,
		...directMailDescription,
		...uploadDescription,
		...pricingDescription,
		batchingOption('sms', 'send'),
		batchingOption('voice', 'send'),
		batchingOption('mms', 'send'),
		batchingOption('fax', 'send'),
];

/** The node's fields with the identical per-operation copies merged, once per process. */
const properties = mergeSharedProperties(addChoiceChecks(clickSendProperties));
registerFieldLabels(properties);

/**
 * ClickSend (declarative): every operation is routed from its resource/operation description;
 * `executeRequest` runs each item's request (errors, per-message status, retries, pairedItem).
 */
export class ClickSend implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickSend',
		name: 'clickSend',
		icon: { light: 'file:clicksend.svg', dark: 'file:clicksend.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Send SMS, MMS, voice, email, fax and post, and manage contacts with ClickSend',
		defaults: { name: 'ClickSend' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickSendApi', required: true }],
		requestDefaults: {
			baseURL: '={{ String($credentials.baseUrl || "https://rest.clicksend.com/v3").trim().replace(/\\/+$/, "") }}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		},
		requestOperations: { pagination: executeRequest },
		properties,
	};

	/**
	 * Sends that check every input item before the first request: SMS, voice, MMS and fax batch many
	 * items into one ClickSend request; emails, letters and postcards go one per request (see shared/batching.ts).
	 */
	customOperations = {
		sms: { send: batchedSend({ resource: 'sms', operation: 'send', properties: smsDescription }) },
		voice: { send: batchedSend({ resource: 'voice', operation: 'send', properties: voiceDescription }) },
		mms: { send: batchedSend({ resource: 'mms', operation: 'send', properties: mmsDescription }) },
		fax: { send: batchedSend({ resource: 'fax', operation: 'send', properties: faxDescription }) },
		// One letter or postcard per request, but every item checked before the first is posted.
		letter: { send: batchedSend({ resource: 'letter', operation: 'send', properties: letterDescription, messages: 'recipients', onePerRequest: true }) },
		postcard: { send: batchedSend({ resource: 'postcard', operation: 'send', properties: postcardDescription, messages: 'recipients', onePerRequest: true }) },
		email: { send: batchedSend({ resource: 'email', operation: 'send', properties: emailDescription, messages: 'body', output: 'data', onePerRequest: true }) },
		contact: { upsert: upsertContact },
	};

	methods = {
		listSearch: {
			getSenders,
			getContactLists,
			getCountries,
			getReturnAddresses,
			getContacts,
			getEmailToSmsAddresses,
			getEmailToSmsStrippedStrings,
			getDedicatedNumbers,
			getResellerAccounts,
			getSubaccounts,
			getEmailAddresses,
			getEmailCampaigns,
			getEmailMasterTemplates,
			getEmailReceiptRules,
			getEmailTemplateCategories,
			getEmailTemplates,
			getFaxReceiptRules,
			getInboundFaxRules,
			getInboundSmsRules,
			getSmsCampaigns,
			getSmsReceiptRules,
			getSmsTemplates,
			getVoiceReceiptRules,
		},
	};
}
