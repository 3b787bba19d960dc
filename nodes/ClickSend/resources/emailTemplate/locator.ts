import type { INodeProperties } from 'n8n-workflow';

import { locatorField, type LocatorOptions } from '../../shared/descriptions';

/** Options of the email template locators. */
type TemplateLocatorOptions = Partial<Pick<LocatorOptions, 'displayName' | 'description' | 'displayOptions' | 'routing'>>;

/**
 * One of the account's email templates, from ClickSend's list (`getEmailTemplates`) or by ID.
 * Parameter `templateId`: fills `{templateId}` in routing URLs, or goes where `routing` says.
 */
export function emailTemplateLocator(options: TemplateLocatorOptions = {}): INodeProperties {
	return locatorField({
		...options,
		displayName: options.displayName ?? 'Email Template',
		name: 'templateId',
		searchListMethod: 'getEmailTemplates',
		placeholder: '281',
		description: options.description ?? 'One of your email templates',
	});
}

/**
 * One of ClickSend's master email templates (`getEmailMasterTemplates`) or its ID.
 * Parameter `masterTemplateId`: fills `{masterTemplateId}` in routing URLs, or goes where `routing` says.
 */
export function masterTemplateLocator(options: TemplateLocatorOptions = {}): INodeProperties {
	return locatorField({
		...options,
		displayName: options.displayName ?? 'Master Template',
		name: 'masterTemplateId',
		searchListMethod: 'getEmailMasterTemplates',
		placeholder: '57',
		description: options.description ?? 'One of the master templates ClickSend offers',
	});
}

/** A master template category (`getEmailTemplateCategories`) or its ID. Parameter `categoryId` (`{categoryId}` in URLs). */
export function templateCategoryLocator(options: TemplateLocatorOptions = {}): INodeProperties {
	return locatorField({
		...options,
		displayName: options.displayName ?? 'Category',
		name: 'categoryId',
		searchListMethod: 'getEmailTemplateCategories',
		placeholder: '4',
		description: options.description ?? 'A master template category',
	});
}
