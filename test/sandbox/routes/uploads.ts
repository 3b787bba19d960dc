/**
 * Stateful Uploads route (tag "Uploads"): `POST /uploads?convert=fax|mms|post|csv` stores the
 * base64 `content` and answers ClickSend's upload record whose `_url` (on the sandbox host,
 * `/files/<UUID>.<ext>`) the MMS, fax and post sends accept. Bad `convert` or content → 400.
 */
import { randomUUID } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { fail, missingFields, okAsDocumented, type SandboxReply } from '../envelope';
import { queryValue } from '../paginate';
import type { RouteCall, RouteContext } from '../server';
import type { SandboxState } from '../state';

/** Conversion types ClickSend documents for `convert`. */
export const CONVERSIONS = ['fax', 'mms', 'post', 'csv'] as const;

/** One uploaded file. */
export interface StoredUpload {
	upload_id: number;
	user_id: number;
	convert: string;
	file_name: string;
	_url: string;
	/** Decoded size in bytes. */
	size: number;
	content: Buffer;
	date_added: number;
	date_delete: number;
}

/** Uploaded files by `_url`. */
export function uploadStore(state: SandboxState): Map<string, StoredUpload> {
	return state.store('uploads', () => new Map<string, StoredUpload>());
}

/** Whether `url` is the `_url` of an upload (any account). */
export function isKnownUpload(state: SandboxState, url: string): boolean {
	return uploadStore(state).has(url);
}

/** Seconds an upload is kept (ClickSend's example: `date_delete` = `date_added` + 7 days). */
export const UPLOAD_LIFETIME_S = 7 * 86_400;

/** File extension after conversion: fax and post become PDF, MMS images JPG (GIF stays GIF), CSV stays CSV. */
function convertedExtension(convert: string, content: Buffer): string {
	if (convert === 'csv') return 'csv';
	if (convert === 'mms') return content.subarray(0, 3).toString('latin1') === 'GIF' ? 'gif' : 'jpg';
	return 'pdf';
}

function upload(call: RouteCall): SandboxReply {
	const convert = (queryValue(call.query, 'convert') ?? '').trim().toLowerCase();
	if (!(CONVERSIONS as readonly string[]).includes(convert)) {
		return fail(400, 'BAD_REQUEST', `Invalid convert "${convert}": use one of ${CONVERSIONS.join(', ')}.`);
	}
	const body = (call.body ?? {}) as { content?: unknown; file?: unknown };
	const raw = typeof body.content === 'string' ? body.content.replace(/\s+/g, '') : undefined;
	if (raw === undefined) return missingFields(['content']);
	if (raw === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(raw) || raw.length % 4 !== 0) {
		return fail(400, 'BAD_REQUEST', 'The content is not a base64 encoded file.');
	}
	const content = Buffer.from(raw, 'base64');
	const fileName = `${randomUUID().toUpperCase()}.${convertedExtension(convert, content)}`;
	const origin = call.url.replace(/\/v3\/.*$/, '');
	const stored: StoredUpload = {
		upload_id: call.state.nextId('upload'),
		user_id: call.account.user_id,
		convert,
		file_name: fileName,
		_url: `${origin}/files/${fileName}`,
		size: content.length,
		content,
		date_added: call.now,
		date_delete: call.now + UPLOAD_LIFETIME_S,
	};
	uploadStore(call.state).set(stored._url, stored);
	const { convert: _c, size: _s, content: _content, ...documented } = stored;
	return okAsDocumented(call.op, documented);
}

/** Register the Uploads handler. */
export function register(_app: FastifyInstance, ctx: RouteContext): void {
	ctx.route('POST', '/uploads', upload);
}
