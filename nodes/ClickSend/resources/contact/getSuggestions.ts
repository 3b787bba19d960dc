import type { INodeProperties } from 'n8n-workflow';

/** Contact → Get Suggestions (`GET /contact-suggestions`, ClickSend "List Contact Suggestions") takes no fields. */
export const contactGetSuggestionsDescription: INodeProperties[] = [];
