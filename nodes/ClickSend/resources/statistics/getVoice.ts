import type { INodeProperties } from 'n8n-workflow';

/** Statistics → Get Voice (`GET /statistics/voice`, ClickSend "Get Voice Statistics") takes no fields. */
export const statisticsGetVoiceDescription: INodeProperties[] = [];
