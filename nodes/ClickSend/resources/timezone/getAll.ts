import type { INodeProperties } from 'n8n-workflow';

/** Timezone → Get Many (`GET /timezones`, ClickSend "Get Timezones") takes no fields: ClickSend answers every timezone at once. */
export const timezoneGetManyDescription: INodeProperties[] = [];
