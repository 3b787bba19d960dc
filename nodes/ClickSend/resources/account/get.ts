import type { INodeProperties } from 'n8n-workflow';

/** Account → Get (`GET /account`, ClickSend "Get account") takes no fields. */
export const accountGetDescription: INodeProperties[] = [];
