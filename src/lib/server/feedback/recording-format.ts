/**
 * Which recordings a resident may send, and how they are served back. Not a use case: the rules that
 * keep an uploaded file from ever being anything but audio or video in the worker's browser (issue 12,
 * finding 1: a part typed `audio/ogg, text/html` was served as a page in the worker's session).
 */

/** Container formats recognised by their first bytes. */
export type Container = 'ogg' | 'webm' | 'mp4' | 'mp3' | 'wav' | 'aac';

/**
 * The types phones and browsers give recordings (Chrome and Android: WebM or OGG; iPhone: MP4/M4A or
 * QuickTime; older Androids: 3GPP), each with the container its bytes must be in and the type stored.
 */
const TYPES: Record<string, { container: Container; stored: string }> = {
	'audio/ogg': { container: 'ogg', stored: 'audio/ogg' },
	'audio/opus': { container: 'ogg', stored: 'audio/ogg' },
	'video/ogg': { container: 'ogg', stored: 'video/ogg' },
	'audio/webm': { container: 'webm', stored: 'audio/webm' },
	'video/webm': { container: 'webm', stored: 'video/webm' },
	'video/x-matroska': { container: 'webm', stored: 'video/webm' },
	'audio/mp4': { container: 'mp4', stored: 'audio/mp4' },
	'audio/m4a': { container: 'mp4', stored: 'audio/mp4' },
	'audio/x-m4a': { container: 'mp4', stored: 'audio/mp4' },
	'video/mp4': { container: 'mp4', stored: 'video/mp4' },
	'video/quicktime': { container: 'mp4', stored: 'video/quicktime' },
	'audio/3gpp': { container: 'mp4', stored: 'audio/3gpp' },
	'video/3gpp': { container: 'mp4', stored: 'video/3gpp' },
	'audio/3gpp2': { container: 'mp4', stored: 'audio/3gpp2' },
	'video/3gpp2': { container: 'mp4', stored: 'video/3gpp2' },
	'audio/mpeg': { container: 'mp3', stored: 'audio/mpeg' },
	'audio/mp3': { container: 'mp3', stored: 'audio/mpeg' },
	'audio/wav': { container: 'wav', stored: 'audio/wav' },
	'audio/wave': { container: 'wav', stored: 'audio/wav' },
	'audio/x-wav': { container: 'wav', stored: 'audio/wav' },
	'audio/vnd.wave': { container: 'wav', stored: 'audio/wav' },
	'audio/aac': { container: 'aac', stored: 'audio/aac' },
	'audio/x-aac': { container: 'aac', stored: 'audio/aac' },
	'audio/aacp': { container: 'aac', stored: 'audio/aac' }
};

/** The type stored for a recording whose file came without a type (some Android file pickers). */
const UNTYPED: Record<Container, string> = {
	ogg: 'audio/ogg',
	webm: 'video/webm',
	mp4: 'video/mp4',
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	aac: 'audio/aac'
};

/** What a stored type is saved as when the worker downloads it. */
const EXTENSIONS: Record<string, string> = {
	'audio/ogg': 'ogg',
	'video/ogg': 'ogv',
	'audio/webm': 'webm',
	'video/webm': 'webm',
	'audio/mp4': 'm4a',
	'video/mp4': 'mp4',
	'video/quicktime': 'mov',
	'audio/3gpp': '3gp',
	'video/3gpp': '3gp',
	'audio/3gpp2': '3g2',
	'video/3gpp2': '3g2',
	'audio/mpeg': 'mp3',
	'audio/wav': 'wav',
	'audio/aac': 'aac'
};

const TOKEN = /^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/u;
/** Codec strings (RFC 6381): letters, digits, dots, dashes, and a comma-separated list. */
const CODECS = /^[a-z0-9.+-]+(?:, ?[a-z0-9.+-]+)*$/u;

/**
 * A declared type in its stored form: lower case, one allowed type, only a `codecs` parameter.
 * Null for anything else: a list of types, unknown types, other parameters are simply dropped.
 */
export function normaliseRecordingType(declared: string): string | null {
	const [essence, ...params] = declared.toLowerCase().split(';');
	const type = essence.trim();
	if (!TOKEN.test(type) || !TYPES[type]) return null;
	let codecs = '';
	for (const param of params) {
		const eq = param.indexOf('=');
		if (eq < 0 || param.slice(0, eq).trim() !== 'codecs') continue;
		const value = param
			.slice(eq + 1)
			.trim()
			.replace(/^"(.*)"$/u, '$1')
			.trim();
		if (value.length <= 100 && CODECS.test(value)) codecs = value;
	}
	const stored = TYPES[type].stored;
	if (!codecs) return stored;
	return codecs.includes(',') ? `${stored};codecs="${codecs}"` : `${stored};codecs=${codecs}`;
}

const ascii = (bytes: Uint8Array, at: number, text: string) =>
	bytes.length >= at + text.length && [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** The container the bytes start as (magic numbers), or null when they are no known audio or video. */
export function detectContainer(bytes: Uint8Array): Container | null {
	if (bytes.length < 12) return null;
	if (ascii(bytes, 0, 'OggS')) return 'ogg';
	if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm';
	// ISO base media (MP4, M4A, 3GP, QuickTime): the first box is `ftyp`.
	if (ascii(bytes, 4, 'ftyp')) return 'mp4';
	if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE')) return 'wav';
	// An ID3 tag leads MP3 files and sometimes raw AAC: the type decides which of the two.
	if (ascii(bytes, 0, 'ID3')) return 'mp3';
	if (bytes[0] === 0xff) {
		// ADTS (AAC): 12 sync bits and layer 00. MPEG audio (MP3): 11 sync bits and a layer that is not 00.
		if ((bytes[1] & 0xf6) === 0xf0) return 'aac';
		if ((bytes[1] & 0xe0) === 0xe0 && (bytes[1] & 0x06) !== 0) return 'mp3';
	}
	return null;
}

/**
 * The type to store for an uploaded recording, or null when it must be refused: the declared type is
 * allowed and the bytes are that container. A file without a type (or the generic
 * application/octet-stream) is taken for what its bytes are.
 */
export function checkRecording(declared: string, bytes: Uint8Array): string | null {
	const container = detectContainer(bytes);
	if (!container) return null;
	const plain = declared.trim().toLowerCase();
	if (plain === '' || plain === 'application/octet-stream') return UNTYPED[container];
	const stored = normaliseRecordingType(declared);
	if (!stored) return null;
	const expected = TYPES[stored.split(';')[0]].container;
	if (expected === container) return stored;
	// An ID3 tag in front of ADTS AAC.
	if (expected === 'aac' && container === 'mp3' && ascii(bytes, 0, 'ID3')) return stored;
	return null;
}

/**
 * The headers a stored recording is served with: the normalised type, never the stored text. A type
 * outside the allow-list (rows stored before the check) is a download of opaque bytes. Either way the
 * response can never run as a page: no resources, a sandbox without scripts, no sniffing.
 */
export function recordingHeaders(storedType: string): Record<string, string> {
	const type = normaliseRecordingType(storedType);
	return {
		'Content-Type': type ?? 'application/octet-stream',
		'Content-Disposition': type
			? `inline; filename="antwoord.${EXTENSIONS[type.split(';')[0]]}"`
			: 'attachment; filename="antwoord.bin"',
		'Content-Security-Policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
		'X-Content-Type-Options': 'nosniff',
		'Cache-Control': 'private, no-store'
	};
}
