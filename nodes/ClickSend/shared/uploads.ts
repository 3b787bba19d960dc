import { createHash } from 'crypto';
import type { IBinaryData, IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { showFor } from './descriptions';
import { appendDescription, clickSendRequest, preSend, whenChecked } from './transport';
import { isHttpUrl } from './text';
import { choiceProblem, InvalidFieldError, plainText, textValue } from './validation';

/**
 * Files for MMS, fax and post: a URL, or a binary property of the input item that is checked
 * here and uploaded through ClickSend's `POST /uploads?convert=<fax|mms|post>` ("Upload a file")
 * before the send; the send then uses the URL ClickSend returns (`data._url`).
 */

/** ClickSend's conversion types of `POST /uploads?convert=…`. */
export type UploadConversion = 'csv' | 'fax' | 'mms' | 'post';

/** What ClickSend accepts for one conversion type (API docs of the sending endpoint). */
export interface UploadRule {
	convert: UploadConversion;
	/** What the file is for, in errors ("MMS media"). */
	label: string;
	/** Accepted file extensions, lower case, without the dot. */
	extensions: readonly string[];
	/** Accepted MIME types (a file passes on its extension or its MIME type). */
	mimeTypes: readonly string[];
	/** Largest file in bytes; undefined where ClickSend documents no limit. */
	maxBytes?: number;
}

/**
 * Documented limits per conversion type:
 * - `mms`: jpg, gif (sent as is), jpeg, png, bmp (converted); one attachment of at most 250 kB (ClickSend MMS docs).
 * - `fax`: pdf (sent as is), docx, doc, rtf (converted) (ClickSend Fax docs); at most 4 MB (ClickSend's fax connector spec).
 * - `post`: pdf, docx, doc (ClickSend Letters/Postcards docs); no size limit documented.
 * - `csv`: csv, xls, xlsx (contact imports); no size limit documented.
 */
export const UPLOAD_RULES: Readonly<Record<UploadConversion, UploadRule>> = {
	mms: {
		convert: 'mms',
		label: 'MMS media',
		extensions: ['jpg', 'jpeg', 'gif', 'png', 'bmp'],
		mimeTypes: ['image/jpeg', 'image/jpg', 'image/pjpeg', 'image/gif', 'image/png', 'image/bmp', 'image/x-bmp', 'image/x-ms-bmp'],
		maxBytes: 250 * 1024,
	},
	fax: {
		convert: 'fax',
		label: 'fax document',
		extensions: ['pdf', 'docx', 'doc', 'rtf'],
		mimeTypes: [
			'application/pdf',
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'application/msword',
			'application/rtf',
			'text/rtf',
		],
		maxBytes: 4 * 1024 * 1024,
	},
	post: {
		convert: 'post',
		label: 'post document',
		extensions: ['pdf', 'docx', 'doc'],
		mimeTypes: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword'],
	},
	csv: {
		convert: 'csv',
		label: 'CSV file',
		extensions: ['csv', 'xls', 'xlsx'],
		mimeTypes: [
			'text/csv',
			'application/csv',
			'application/vnd.ms-excel',
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		],
	},
};

/** File formats told apart by their first bytes (see {@link contentFormat}). */
type ContentFormat = 'JPEG' | 'GIF' | 'PNG' | 'BMP' | 'PDF' | 'ZIP' | 'OLE' | 'RTF' | 'TIFF' | 'WEBP' | 'MP4' | 'MP3';

/** The formats each conversion type takes (ZIP: DOCX, XLSX; OLE: DOC, XLS); other content is left to ClickSend. */
const CONTENT_FORMATS: Readonly<Record<UploadConversion, readonly ContentFormat[]>> = {
	mms: ['JPEG', 'GIF', 'PNG', 'BMP'],
	fax: ['PDF', 'ZIP', 'OLE', 'RTF'],
	post: ['PDF', 'ZIP', 'OLE'],
	csv: ['ZIP', 'OLE'],
};

/** What a format is called in errors. */
const FORMAT_NAMES: Readonly<Record<ContentFormat, string>> = {
	JPEG: 'a JPEG image',
	GIF: 'a GIF image',
	PNG: 'a PNG image',
	BMP: 'a BMP image',
	PDF: 'a PDF document',
	ZIP: 'a ZIP archive (DOCX, XLSX)',
	OLE: 'an Office 97–2003 file (DOC, XLS)',
	RTF: 'an RTF document',
	TIFF: 'a TIFF image',
	WEBP: 'a WebP image',
	MP4: 'an MP4/QuickTime/HEIC file',
	MP3: 'an MP3 file',
};

/**
 * The format of a file by its first bytes (magic numbers), or undefined when they name none of
 * {@link ContentFormat} (text such as CSV, or formats this node does not tell apart).
 */
export function contentFormat(content: Buffer): ContentFormat | undefined {
	const starts = (bytes: number[], offset = 0) => bytes.every((byte, index) => content[offset + index] === byte);
	const ascii = (text: string, offset = 0) => content.toString('latin1', offset, offset + text.length) === text;
	if (starts([0xff, 0xd8, 0xff])) return 'JPEG';
	if (ascii('GIF87a') || ascii('GIF89a')) return 'GIF';
	if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
	if (ascii('%PDF-')) return 'PDF';
	if (starts([0x50, 0x4b, 0x03, 0x04])) return 'ZIP';
	if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'OLE';
	if (ascii('{\\rtf')) return 'RTF';
	if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
	if (ascii('RIFF') && ascii('WEBP', 8)) return 'WEBP';
	if (ascii('ftyp', 4)) return 'MP4';
	if (ascii('ID3')) return 'MP3';
	// BMP last: "BM" alone is a weak signature, so its file size field must match too.
	if (ascii('BM') && content.length >= 6 && content.readUInt32LE(2) === content.length) return 'BMP';
	return undefined;
}

/** Display name of the binary property field, used in errors. */
export const BINARY_FIELD_NAME = 'Input Binary Field';

/** "250 kB", "4 MB": a byte count as ClickSend's docs write limits. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
	return `${Math.ceil(bytes / 1024)} kB`;
}

function allowedTypes(rule: UploadRule): string {
	const types = rule.extensions.map((e) => e.toUpperCase());
	return types.length === 1 ? types[0] : `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`;
}

/** A binary file of the input item, read and checked against an {@link UploadRule}. */
export interface CheckedFile {
	/** Binary property name. */
	property: string;
	fileName: string;
	mimeType: string;
	content: Buffer;
}

/**
 * Reads binary property `property` of the current input item and checks it against `rule`: not
 * empty; its type by its first bytes where they name a format ({@link contentFormat}: the upload
 * sends the content alone), else by extension or MIME type; size against `rule.maxBytes`.
 * @throws InvalidFieldError ("Input Binary Field: …") naming the file and what is allowed.
 */
export async function readCheckedBinary(this: IExecuteSingleFunctions, property: string, rule: UploadRule): Promise<CheckedFile> {
	let meta: IBinaryData | undefined;
	try {
		meta = this.helpers.assertBinaryData(property);
	} catch {
		meta = undefined;
	}
	if (!meta) {
		const available = Object.keys(this.getInputData()?.binary ?? {});
		throw new InvalidFieldError(
			BINARY_FIELD_NAME,
			`the input item has no binary property "${property}" (${available.length ? `it has: ${available.join(', ')}` : 'it has no binary data'}); give the name of the binary property holding the ${rule.label}`,
		);
	}
	const fileName = String(meta.fileName ?? property);
	const mimeType = String(meta.mimeType ?? '').toLowerCase();
	const extension = (meta.fileExtension ?? (fileName.includes('.') ? fileName.split('.').pop() : '') ?? '').toLowerCase();
	const content = await this.helpers.getBinaryDataBuffer(property);
	if (content.length === 0) throw new InvalidFieldError(BINARY_FIELD_NAME, `"${fileName}" is empty`);
	// The upload sends the content alone, so its first bytes decide where they name a format (a PDF
	// saved as photo.jpg is a PDF); otherwise the file's name or MIME type does.
	const format = contentFormat(content);
	const contentAccepted = format === undefined ? undefined : CONTENT_FORMATS[rule.convert].includes(format);
	const nameAccepted = rule.extensions.includes(extension) || rule.mimeTypes.includes(mimeType);
	if (nameAccepted && contentAccepted === false) {
		throw new InvalidFieldError(BINARY_FIELD_NAME, `"${fileName}" holds ${FORMAT_NAMES[format!]} (by its content), not a supported ${rule.label}: use ${allowedTypes(rule)}`);
	}
	if (!nameAccepted && contentAccepted !== true) {
		throw new InvalidFieldError(
			BINARY_FIELD_NAME,
			`"${fileName}"${mimeType ? ` (${mimeType})` : ''} is not a supported ${rule.label}: use ${allowedTypes(rule)}`,
		);
	}
	if (rule.maxBytes !== undefined && content.length > rule.maxBytes) {
		// Sizes that round alike ("4 MB" over "4 MB") are told in bytes.
		const [size, limit] = [formatBytes(content.length), formatBytes(rule.maxBytes)];
		const exact = size === limit;
		throw new InvalidFieldError(
			BINARY_FIELD_NAME,
			`"${fileName}" is ${exact ? `${content.length.toLocaleString('en-US')} bytes` : size}; the largest ${rule.label} ClickSend accepts is ${limit}${exact ? ` (${rule.maxBytes.toLocaleString('en-US')} bytes)` : ''}`,
		);
	}
	return { property, fileName, mimeType, content };
}

/**
 * Uploads of this process by execution, node, conversion and content hash (the most recent
 * {@link UPLOAD_MEMORY}): the URL, or the upload in flight (items of declarative operations run
 * together); a failed upload is forgotten, so the next item tries again.
 */
const uploadedUrls = new Map<string, Promise<string>>();
/** How many uploaded files are remembered (items of one execution sending the same file upload it once). */
const UPLOAD_MEMORY = 100;

/**
 * Uploads a checked file through `POST /uploads?convert=<rule.convert>` with `{content: base64}`
 * (the shared executor's {@link clickSendRequest}) and returns ClickSend's URL for it (`data._url`).
 * The same content uploaded again by the same node in the same execution (e.g. one image for
 * every MMS item) reuses that URL: one upload, and the batched send keeps those items together.
 * @throws NodeApiError when ClickSend refuses the upload; NodeOperationError when the answer has no URL.
 */
export async function uploadFile(this: IExecuteSingleFunctions, file: CheckedFile, convert: UploadConversion): Promise<string> {
	const key = [this.getExecutionId(), this.getNode().name, convert, createHash('sha256').update(file.content).digest('hex')].join(' ');
	const known = uploadedUrls.get(key);
	if (known !== undefined) {
		try {
			return await known;
		} catch {
			// The item that started it reports that failure; this one tries on its own.
		}
	}
	const upload = uploadOnce.call(this, file, convert);
	uploadedUrls.set(key, upload);
	if (uploadedUrls.size > UPLOAD_MEMORY) uploadedUrls.delete(uploadedUrls.keys().next().value as string);
	upload.catch(() => uploadedUrls.get(key) === upload && uploadedUrls.delete(key));
	return await upload;
}

async function uploadOnce(this: IExecuteSingleFunctions, file: CheckedFile, convert: UploadConversion): Promise<string> {
	const { envelope } = await clickSendRequest.call(
		this,
		{ method: 'POST', url: '/uploads', qs: { convert }, body: { content: file.content.toString('base64') } },
		this.getItemIndex(),
	);
	const url = (envelope.data as IDataObject | undefined)?._url;
	if (typeof url !== 'string' || url === '') {
		throw new NodeOperationError(this.getNode(), `ClickSend accepted the upload of "${file.fileName}" but returned no file URL`, {
			itemIndex: this.getItemIndex(),
		});
	}
	return url;
}

/** Options of {@link fileFields} and {@link attachFile}. */
export interface FileFieldOptions {
	resource: string;
	operations: string[];
	/** Conversion type for uploads, also the file rules. */
	convert: UploadConversion;
	/** Body property of the URL: `media_file`, `file_url`, or an array `file_urls`. */
	property: string;
	/** Whether the property is an array of URLs (postcards, direct mail: 1 or 2 files). */
	array?: boolean;
	/** What the file is, in field names: "Media File", "Document". */
	displayName: string;
	/** Description of the URL field. */
	urlDescription: string;
}

/**
 * The file fields of a send/price operation: "File Source" (URL or Binary File), the URL (for
 * arrays, a front URL and an optional back URL) or the input binary property name(s). Pair with
 * {@link attachFile} in the operation's preSend.
 */
export function fileFields(options: FileFieldOptions): INodeProperties[] {
	const show = showFor(options.resource, options.operations);
	const urlProperty = options.array ? `${options.property}[0]` : options.property;
	const fields: INodeProperties[] = [
		{
			displayName: `${options.displayName} Source`,
			name: 'fileSource',
			type: 'options',
			displayOptions: { show },
			options: [
				{ name: 'URL', value: 'url', description: 'A public URL of the file' },
				{
					name: 'Binary File',
					value: 'binary',
					description: `A binary property of the input item, uploaded to ClickSend (POST /uploads?convert=${options.convert}) before sending`,
				},
			],
			default: 'url',
		},
		{
			displayName: options.array ? `${options.displayName} URL (Front)` : `${options.displayName} URL`,
			name: 'fileUrl',
			type: 'string',
			required: true,
			displayOptions: { show: { ...show, fileSource: ['url'] } },
			default: '',
			placeholder: 'https://example.com/file.pdf',
			description: options.urlDescription,
			routing: { send: { type: 'body', property: urlProperty } },
		},
	];
	if (options.array) {
		fields.push({
			displayName: `${options.displayName} URL (Back)`,
			name: 'backFileUrl',
			type: 'string',
			displayOptions: { show: { ...show, fileSource: ['url'] } },
			default: '',
			placeholder: 'https://example.com/back.pdf',
			description: 'Optional second PDF for the back; leave empty when the front file has two pages (front and back)',
			routing: { send: { type: 'body', property: `${options.property}[1]` } },
		});
	}
	const rule = UPLOAD_RULES[options.convert];
	fields.push({
		displayName: BINARY_FIELD_NAME,
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		displayOptions: { show: { ...show, fileSource: ['binary'] } },
		default: 'data',
		placeholder: options.array ? 'front, back' : 'data',
		hint: `${allowedTypes(rule)}${rule.maxBytes ? `, at most ${formatBytes(rule.maxBytes)}` : ''}`,
		description: options.array
			? 'Name of the binary property of the input item holding the file; two names separated by a comma for a front and a back file'
			: 'Name of the binary property of the input item holding the file',
	});
	return fields;
}

/**
 * preSend hook for {@link fileFields}: with "URL", trims the URL(s), requires one and drops an
 * empty back URL; with "Binary File", reads and checks each named binary property (type, size;
 * error before any request), and leaves its upload (`POST /uploads?convert=…`, the one extra
 * request of the operation) for when every item is checked (`whenChecked`, transport.ts), which puts
 * the returned URL(s) into `options.property` of the body.
 * Field errors become "Invalid <field>: …" item errors; upload errors keep ClickSend's message.
 */
export function attachFile(options: Pick<FileFieldOptions, 'convert' | 'property' | 'array' | 'displayName'>): PreSendAction {
	const rule = UPLOAD_RULES[options.convert];
	const maxFiles = options.array ? 2 : 1;
	return preSend(async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const body = (request.body ??= {}) as IDataObject;
		const source = this.getNodeParameter('fileSource', 'url');
		const binary = source === 'binary';
		let files: CheckedFile[] = [];
		try {
			// As written (n8n shows the URL or the binary field from it): never a silent URL mode for "Binary File".
			if (source !== 'url' && !binary) {
				throw new InvalidFieldError(`${options.displayName} Source`, choiceProblem(source, '"url" or "binary"'));
			}
			if (!binary) {
				body[options.property] = checkUrls(body[options.property], options);
				if (options.convert === 'mms') checkMmsUrl(body[options.property] as string, `${options.displayName} URL`);
				return request;
			}
			files = await readNamedBinaries.call(this, rule, maxFiles);
		} catch (error) {
			throw fieldError(this, error as Error);
		}
		// Uploaded once every item of the run is checked (runWhenChecked), so that a later item's bad
		// input leaves no file of this one uploaded: no request before every item is checked.
		whenChecked(body, async () => {
			const urls: string[] = [];
			for (const file of files) urls.push(await uploadFile.call(this, file, options.convert).catch(notSentAfterUpload));
			body[options.property] = options.array ? urls : urls[0];
		});
		return request;
	});
}

/** An upload's error, saying that the item's own request (the send the file was for) was not made. */
function notSentAfterUpload(error: unknown): never {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		appendDescription(error, 'Nothing was sent for this item: its file upload failed, so its send request was not made.');
	}
	throw error;
}

/** File types a URL plainly names (by its extension) that ClickSend's `/mms/send` does not take. */
const NOT_MMS_MEDIA = new Set(['png', 'bmp', 'webp', 'svg', 'tif', 'tiff', 'heic', 'heif', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'csv', 'txt', 'zip', 'mp3', 'mp4', 'm4a', 'mov', 'avi', 'wav']);

/** Query parameters image services (imgix, Contentful, Shopify, Cloudinary-style) take to serve another format. */
const FORMAT_PARAMETERS = new Set(['fm', 'format', 'f', 'auto', 'output', 'ext']);

/**
 * An MMS media URL whose extension names a type `/mms/send` does not take (jpg and gif; jpeg is jpg)
 * is refused; URLs without such an extension (e.g. `…/image?id=5`), or asking an image service for
 * another format (`photo.png?fm=jpg`), are left to ClickSend.
 * @throws InvalidFieldError naming `field`, with the types allowed (and the binary route for png and bmp).
 */
function checkMmsUrl(url: string, field: string): void {
	const query = /\?([^#]*)/.exec(url)?.[1] ?? '';
	if (query.split('&').some((pair) => FORMAT_PARAMETERS.has(pair.split('=')[0].toLowerCase()))) return;
	const type = /\.([a-z0-9]+)$/i.exec(url.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
	if (type === undefined || !NOT_MMS_MEDIA.has(type)) return;
	const convertible = type === 'png' || type === 'bmp';
	throw new InvalidFieldError(field, `"${url}" is a ${type} file; ClickSend MMS takes jpg or gif${convertible ? ' (send a png or bmp as a binary file: ClickSend converts it)' : ''}`);
}

/** An item error "Invalid <field>: …" for an {@link InvalidFieldError} (other errors keep their message). */
function fieldError(context: IExecuteSingleFunctions, error: Error): NodeOperationError {
	const message = error instanceof InvalidFieldError ? `Invalid ${error.message}` : error.message;
	return new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex() });
}

/**
 * URL mode of {@link attachFile}: trimmed http(s) URL(s), the first one required, an empty back URL
 * dropped. Each URL field takes one URL as text: a list from an expression is refused (it would
 * otherwise go out joined with commas, one wrong URL), except an empty list, which is empty.
 * @throws InvalidFieldError naming the field ("Document URL", "Postcard File URL (Back)") when a
 * URL is empty, not text or not http(s).
 */
function checkUrls(value: unknown, options: Pick<FileFieldOptions, 'array' | 'displayName'>): string | string[] {
	// The field each URL comes from, as the editor names it.
	const label = (index: number) => (options.array ? `${options.displayName} URL (${index === 0 ? 'Front' : 'Back'})` : `${options.displayName} URL`);
	const given = options.array ? (Array.isArray(value) ? value : []) : [value];
	const urls = given.map((url, index) => urlText(url, label(index)));
	if (urls.length === 0 || urls[0] === '') throw new InvalidFieldError(label(0), 'is empty; give a public URL of the file');
	const kept: string[] = [];
	urls.forEach((url, index) => {
		if (url === '') return;
		if (!isHttpUrl(url)) throw new InvalidFieldError(label(index), `"${url}" is not an http(s) URL`);
		kept.push(url);
	});
	return options.array ? kept : kept[0];
}

/**
 * One URL field's value as trimmed text ('' when empty), without invisible characters copied along
 * with it (zero-width spaces, bidi marks), as phone numbers and emails.
 * @throws InvalidFieldError for a list or an object.
 */
function urlText(value: unknown, field: string): string {
	if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return '';
	if (Array.isArray(value)) throw new InvalidFieldError(field, 'must be one URL (text), got a list');
	return plainText(value, field);
}

/**
 * The Input Binary Field's comma-separated binary property names (one per file, at most
 * `maxFiles`), each read and checked against `rule` (Binary File mode of {@link attachFile}, and
 * {@link binaryContent}).
 * @throws InvalidFieldError "Input Binary Field": empty, a list or object, or too many names; or the file's own check.
 */
async function readNamedBinaries(this: IExecuteSingleFunctions, rule: UploadRule, maxFiles: number): Promise<CheckedFile[]> {
	// Text (a list from an expression is refused, not joined with commas).
	const names = textValue(this.getNodeParameter('binaryPropertyName', 'data') ?? '', BINARY_FIELD_NAME)
		.split(',')
		.map((n) => n.trim())
		.filter((n) => n !== '');
	if (names.length === 0) throw new InvalidFieldError(BINARY_FIELD_NAME, 'is empty; give the name of the binary property holding the file');
	if (names.length > maxFiles) {
		throw new InvalidFieldError(BINARY_FIELD_NAME, `names ${names.length} files; ClickSend takes at most ${maxFiles} here`);
	}
	const files: CheckedFile[] = [];
	for (const name of names) files.push(await readCheckedBinary.call(this, name, rule));
	return files;
}

/** Options of {@link binaryContent}. */
export interface BinaryContentOptions {
	/** Rule to check the file against instead of the conversion type's. */
	rule?: UploadRule;
	/** Run only when this returns true (e.g. the user chose a binary input); default always. */
	when?: (this: IExecuteSingleFunctions) => boolean;
}

/**
 * preSend hook for operations whose body takes the file itself (`{content: base64}`: Upload,
 * Detect Address): reads and checks binary property `binaryPropertyName` against the rule of
 * `convert` (a fixed type, or a function reading it from the node's parameters) and sets
 * `body.content`. No request is made here.
 */
export function binaryContent(
	convert: UploadConversion | ((this: IExecuteSingleFunctions) => UploadConversion),
	options: BinaryContentOptions = {},
): PreSendAction {
	return preSend(async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		if (options.when && !options.when.call(this)) return request;
		try {
			const type = typeof convert === 'function' ? convert.call(this) : convert;
			const rule = options.rule ?? UPLOAD_RULES[type];
			if (!rule) throw new InvalidFieldError('Convert For', `must be one of ${Object.keys(UPLOAD_RULES).join(', ')}, got "${String(type)}"`);
			const [file] = await readNamedBinaries.call(this, rule, 1);
			const body = (request.body ??= {}) as IDataObject;
			body.content = file.content.toString('base64');
			return request;
		} catch (error) {
			throw fieldError(this, error as Error);
		}
	});
}
