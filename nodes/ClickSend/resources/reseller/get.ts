import type { INodeProperties } from 'n8n-workflow';

/** Reseller → Get Settings (`GET /reseller`, ClickSend "Get Reseller Setting") takes no fields. */
export const resellerGetDescription: INodeProperties[] = [];
