import { z } from 'zod';
import { m } from '../paraglide/messages';

/**
 * Control characters other than tab, line feed and carriage return. PostgreSQL refuses U+0000 in a
 * text value (a 500 before this check); the others have no place in anything a person types.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text look like
 * something else ("Trojan Source", CVE-2021-42574); zero width space, word joiner and byte order mark
 * (U+200B, U+2060, U+FEFF) make two names look the same. Removed. The marks LRM, RLM and ALM
 * (U+200E, U+200F, U+061C) stay: they change no order by themselves and mixed Arabic/Dutch text needs them.
 */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/gu;

/**
 * Zero width non-joiner and joiner (U+200C, U+200D) are spelling in Persian, Urdu and Kurdish (the
 * ZWNJ in "می‌خواهم") and in Indic scripts, and the ZWJ builds emoji like 👩‍👧. Residents and
 * participants write in those languages, so they stay between two such characters; anywhere else (a
 * Latin name, the start or end, next to a space) they only hide a difference, and are removed.
 */
const JOINER = /[\u200C\u200D]+/gu;
const JOINING_SCRIPT =
	/[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{M}]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;

function keepJoiner(run: string, before: string, after: string): string {
	if (run.length > 1 || !before || !after) return '';
	if (JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after)) return run;
	if (run === '\u200D' && EMOJI.test(before) && EMOJI.test(after)) return run;
	return '';
}

/** The one sanitiser for free text: NFC, invisible and misleading characters removed, CRLF as LF. */
export function stripInvisible(value: string): string {
	return value
		.normalize('NFC')
		.replace(INVISIBLE, '')
		.replace(JOINER, (run, offset: number, whole: string) => {
			const before = [...whole.slice(0, offset)].at(-1) ?? '';
			const after = [...whole.slice(offset + run.length)][0] ?? '';
			return keepJoiner(run, before, after);
		})
		.replace(/\r\n?/gu, '\n');
}

export const hasControlCharacter = (value: string) => CONTROL.test(value);

/**
 * For forms that must never refuse (a resident's answer): also drops control characters. Everywhere
 * else use `freeText`, which refuses them with a message instead of changing what was sent unseen.
 */
export function cleanText(value: unknown): string {
	if (typeof value !== 'string') return '';
	return stripInvisible(value).replace(new RegExp(CONTROL.source, 'gu'), '').trim();
}

/**
 * Every free-text field of every form: a string, cleaned (see `stripInvisible`), trimmed, refused with
 * a clear Dutch message when it holds a control character (a NUL byte made PostgreSQL answer 500),
 * and at most `max` characters. `required` gives the message for an empty field; without it an empty
 * field is ''.
 */
export function freeText(options: { max: number; required: () => string }): ReturnType<typeof textField>;
export function freeText(options: { max: number }): z.ZodDefault<ReturnType<typeof textField>>;
export function freeText(options: { max: number; required?: () => string }) {
	const { max, required } = options;
	return required ? textField(max, required) : textField(max).default('');
}

/** `freeText` for a field that may be left out of the form altogether (undefined: keep what is stored). */
export const optionalFreeText = (max: number) => textField(max).optional();

function textField(max: number, required?: () => string) {
	return z
		.string({ error: required ?? (() => m.error_field_required()) })
		.refine((v) => !hasControlCharacter(v), { error: () => m.error_text_control() })
		.transform((v) => stripInvisible(v).trim())
		.pipe(
			required
				? z
						.string()
						.min(1, { error: required })
						.max(max, { error: () => m.error_text_too_long({ max }) })
				: z.string().max(max, { error: () => m.error_text_too_long({ max }) })
		);
}

/**
 * A whole number typed or posted as text, within [min, max]. Only digits (and a leading minus when
 * min < 0): "1e21", "0x10", "1.0" and numbers past `max` are refused here instead of reaching SQL as
 * a value PostgreSQL cannot hold (an int column takes at most 2147483647).
 */
export function parseBoundedInt(value: unknown, min: number, max: number): number | null {
	if (typeof value !== 'string' || !/^-?\d{1,10}$/u.test(value.trim())) return null;
	const n = Number(value.trim());
	return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

/** `parseBoundedInt` as a zod field for forms. */
export const boundedInt = (min: number, max: number, message: () => string) =>
	z.string({ error: message }).transform((v, ctx) => {
		const n = parseBoundedInt(v, min, max);
		if (n === null) {
			ctx.addIssue({ code: 'custom', message: message() });
			return z.NEVER;
		}
		return n;
	});

/** A clock time as a time field sends it: "09:30", "14:05". */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/u;
