import type { INodeProperties } from 'n8n-workflow';

/** Statistics → Get SMS (`GET /statistics/sms`, ClickSend "Get SMS Statistics") takes no fields. */
export const statisticsGetSmsDescription: INodeProperties[] = [];
