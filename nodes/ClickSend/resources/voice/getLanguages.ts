import type { INodeProperties } from 'n8n-workflow';

/** Voice → Get Languages (`GET /voice/lang`, ClickSend "Voice Languages") takes no fields: one item per language. */
export const voiceGetLanguagesDescription: INodeProperties[] = [];
