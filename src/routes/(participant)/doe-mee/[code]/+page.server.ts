import { randomBytes } from 'node:crypto';
import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { readForm } from '$lib/server/read-form';
import { castAdviceVotes, MAX_DOTS_ON_ONE_THEME, MAX_VOTES_VERSION } from '$lib/server/advice/cast-advice-votes';
import { normaliseJoinCode } from '$lib/server/advice/join-code';
import { getParticipantView } from '$lib/server/advice/get-participant-view';
import { defaultGroupOf } from '$lib/server/advice/groups';
import { joinAdviceSession } from '$lib/server/advice/join-advice-session';
import { takeJoinSlot } from '$lib/server/advice/join-rate';
import { ParticipantError, refusalText } from '$lib/server/advice/participant-error';
import { participantLanguage, PARTICIPANT_LANGUAGES } from '$lib/server/advice/participant-language';
import { MIN_GROUP_VOTERS } from '$lib/server/advice/results';
import type { ParticipantErrorTexts, ParticipantTexts } from '$lib/server/feedback/texts/participant';
import { submitAdviceTip } from '$lib/server/advice/submit-advice-tip';
import { tipSchema, TIP_MAX_CHARS } from '$lib/validation/advice';
import { hasControlCharacter, parseBoundedInt } from '$lib/validation/text';
import type { Actions, PageServerLoad } from './$types';

const canonical = (code: string) => normaliseJoinCode(code) ?? code;
const cookieName = (code: string) => `vs_doe_mee_${canonical(code).replace(/[^A-Z0-9]/gu, '')}`;
const secretOf = (cookies: Cookies, code: string) => cookies.get(cookieName(code));
/** The page again, in the language the participant chose (if they chose one), with a flag. */
const pageUrl = (code: string, query: string, flag?: string) => {
	const search = [query, flag].filter(Boolean).join('&');
	return `/doe-mee/${canonical(code)}${search ? `?${search}` : ''}`;
};

/** Domain refusals become a 4xx with the message in the participant's language; what they typed stays. */
async function attempt<T>(errors: ParticipantErrorTexts, work: () => Promise<T>, echo: Record<string, unknown> = {}) {
	try {
		return await work();
	} catch (e) {
		if (e instanceof ParticipantError) return fail(e.status, { message: refusalText(e.refusal, errors), ...echo });
		throw e;
	}
}

/** A group as the participant reads it: a default group in their language, a typed one as typed. */
const groupName = (t: ParticipantTexts, label: string, form: 'one' | 'many') => {
	const kind = defaultGroupOf(label);
	return kind ? t.groups[kind][form] : label;
};

export const load: PageServerLoad = async (event) => {
	const { params, cookies, locals, url } = event;
	const { language, t, query } = participantLanguage(event);
	let view;
	try {
		view = await getParticipantView(params.code, locals.app.database.db, secretOf(cookies, params.code));
	} catch (e) {
		if (e instanceof ParticipantError) error(e.status, refusalText(e.refusal, t.errors));
		throw e;
	}
	if (view.session.code !== params.code) redirect(303, pageUrl(view.session.code, query));
	const s = view.session;
	const groups = s.groups.map((g) => ({
		key: g.key,
		one: groupName(t, g.label, 'one'),
		many: groupName(t, g.label, 'many')
	}));
	const many = (key: string) => groups.find((g) => g.key === key)?.many ?? key;
	const spent = Object.values(view.myDots as Record<string, number>).reduce((a, b) => a + b, 0);
	const results = view.results;
	return {
		session: {
			code: s.code,
			question: s.question,
			explanation: s.explanation,
			phase: s.phase,
			showResults: s.showResults,
			joinsLocked: s.joinsLocked,
			dotsPerPerson: s.dotsPerPerson,
			outcomePath: s.outcomePath
		},
		participant: view.participant,
		groups: groups.map((g) => ({ key: g.key, label: g.one })),
		myGroup: groups.find((g) => g.key === view.participant?.groupKey)?.one ?? '',
		ownTips: view.ownTips.map((tip) => ({ id: tip.id, text: tip.text, status: t.tipStatus[tip.status] })),
		themes: view.themes.map((theme) => ({
			id: theme.id,
			name: theme.name,
			tips: theme.tips,
			tipsLabel: t.themeTips(theme.tips.length),
			more: t.dotMore(theme.name),
			less: t.dotLess(theme.name)
		})),
		myDots: view.myDots as Record<string, number>,
		spent,
		results: results && {
			ranking: results.ranking,
			agreements: results.agreements.map((a) => {
				const sentence = t.agreement[a.level](many(a.a), many(a.b), Math.round(a.overlap * 100));
				return sentence.charAt(0).toLocaleUpperCase(t.lang) + sentence.slice(1);
			}),
			smallGroupsHidden: results.groups.some((g) => g.hidden) ? t.smallGroupsHidden(MIN_GROUP_VOTERS) : null
		},
		// A fresh one per rendered form: a double click or a replayed request stores the tip once.
		nonce: randomBytes(12).toString('base64url'),
		language,
		languages: PARTICIPANT_LANGUAGES,
		query,
		here: pageUrl(s.code, query),
		sent: url.searchParams.get('verstuurd') === '1',
		voted: url.searchParams.get('gestemd') === '1',
		t: {
			languageLabel: t.languageLabel,
			errorTitle: t.errorTitle,
			eyebrow: t.eyebrow(s.code),
			closed: t.closed,
			locked: t.locked,
			groupLegend: t.groupLegend,
			groupHelp: t.groupHelp,
			join: t.join,
			youAre: t.youAre(groups.find((g) => g.key === view.participant?.groupKey)?.one ?? ''),
			phaseNow: t.phaseNow,
			phase: t.phases[s.phase],
			sent: t.sent,
			tipLabel: t.tipLabel,
			tipHelp: t.tipHelp(TIP_MAX_CHARS),
			tipSend: t.tipSend,
			tipCount: t.tipCount(view.tipsOnWall),
			clustering: t.clustering,
			voteLegend: t.voteLegend(s.dotsPerPerson),
			dotsLeftTemplate: t.dotsLeft('{left}', s.dotsPerPerson),
			dotsOverTemplate: t.dotsOver('{extra}'),
			voteSave: t.voteSave,
			voted: t.voted,
			top: t.top,
			closedThanks: t.closedThanks,
			ownTips: t.ownTips(view.ownTips.length),
			refresh: t.refresh,
			noThemes: t.noThemes,
			outcomeLink: t.outcomeLink,
			outcomeLinkHelp: t.outcomeLinkHelp,
			rankingHeading: t.rankingHeading,
			countDotsTemplate: t.countDots(Number.NaN).replace('NaN', '{n}')
		}
	};
};

export const actions: Actions = {
	join: async (event) => {
		const { request, params, cookies, locals, url } = event;
		const { t, query } = participantLanguage(event);
		const form = await readForm(request).catch(() => new URLSearchParams());
		const secret = secretOf(cookies, params.code);
		// Every join counts, with or without a cookie: a script would otherwise send a made-up one.
		const slot = takeJoinSlot(canonical(params.code));
		if (!slot.allowed) return fail(429, { message: t.errors.tooManyJoins(slot.retryAfterSeconds) });
		const result = await attempt(t.errors, () =>
			joinAdviceSession(params.code, locals.app.database.db, {
				groupKey: String(form.get('groupKey') ?? ''),
				secret
			})
		);
		if ('status' in result) return result;
		cookies.set(cookieName(params.code), result.secret, {
			path: `/doe-mee/${canonical(params.code)}`,
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 24 * 30
		});
		redirect(303, pageUrl(params.code, query));
	},
	tip: async (event) => {
		const { request, params, cookies, locals } = event;
		const { t, query } = participantLanguage(event);
		const form = await readForm(request).catch(() => new URLSearchParams());
		const values = { text: String(form.get('text') ?? ''), nonce: String(form.get('nonce') ?? '') };
		const parsed = tipSchema.safeParse(values);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const message =
				issue.path[0] === 'nonce'
					? t.errors.retry
					: hasControlCharacter(values.text)
						? t.errors.textControl
						: issue.code === 'too_big'
							? t.errors.tipTooLong(TIP_MAX_CHARS)
							: t.errors.tipEmpty;
			return fail(400, { message, text: values.text.slice(0, 2000) });
		}
		const result = await attempt(
			t.errors,
			() =>
				submitAdviceTip(params.code, locals.app.database.db, {
					secret: secretOf(cookies, params.code),
					...parsed.data
				}),
			{ text: parsed.data.text }
		);
		if ('status' in result) return result;
		redirect(303, pageUrl(params.code, query, 'verstuurd=1'));
	},
	vote: async (event) => {
		const { request, params, cookies, locals } = event;
		const { t, query } = participantLanguage(event);
		const form = await readForm(request).catch(() => new URLSearchParams());
		// What was chosen comes back with any refusal: an over-vote keeps every choice (issue 13, item 11).
		const typed: Record<string, string> = {};
		const dots: Record<string, number> = {};
		let unreadable = false;
		for (const [key, value] of form) {
			if (!key.startsWith('dots_') || Object.keys(typed).length >= 200) continue;
			typed[key.slice(5, 41)] = String(value).slice(0, 12);
			const n = parseBoundedInt(value || '0', 0, MAX_DOTS_ON_ONE_THEME);
			if (n === null) unreadable = true;
			else dots[key.slice(5)] = n;
		}
		if (unreadable) return fail(400, { message: t.errors.dotsInvalid, dots: typed });
		const version = parseBoundedInt(form.get('version'), 0, MAX_VOTES_VERSION);
		if (version === null) return fail(400, { message: t.errors.votesChanged, dots: typed });
		const result = await attempt(
			t.errors,
			() =>
				castAdviceVotes(params.code, locals.app.database.db, { secret: secretOf(cookies, params.code), version, dots }),
			{ dots: typed }
		);
		if ('status' in result) return result;
		redirect(303, pageUrl(params.code, query, 'gestemd=1'));
	}
};
