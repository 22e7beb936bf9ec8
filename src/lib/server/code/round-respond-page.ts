import { redirect, type ActionFailure } from '@sveltejs/kit';
import type { Db } from '../db/client';
import { handleForm, orError, type FormFailure } from '../http';
import { codeReactionSchema, codeRoundSignSchema } from '../../validation/code-round';
import type { RoundVisitor } from './code-round-access';
import { getCodeRoundForRespondent } from './get-code-round-for-respondent';
import { saveCodeReaction } from './save-code-reaction';
import { signCodeRound } from './sign-code-round';

// Not a use case: the page glue both respondent routes share (members under /beroepscode/reageren,
// open-link visitors under /reactie). Each saved answer redirects (303) to the next article, so the
// back button and a reload never post twice.

const NOTICES = { klaar: 'done', algemeen: 'general', getekend: 'signed' } as const;

export async function loadRespondPage(visitor: RoundVisitor, db: Db, url: URL) {
	const round = await orError(getCodeRoundForRespondent(visitor, db));
	const wanted = url.searchParams.get('artikel');
	const index = wanted === null ? -1 : round.articles.findIndex((a) => a.number === wanted);
	const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((k) => url.searchParams.has(k));
	return {
		round,
		current: index >= 0 ? index : null,
		notice: notice ? NOTICES[notice] : null,
		answersLink: round.answersToken ? `${url.origin}/antwoorden/${round.answersToken}` : null
	};
}

export async function reactAction(
	visitor: RoundVisitor,
	db: Db,
	request: Request,
	options: { base: string; keepToken?: (token: string) => void }
): Promise<ActionFailure<FormFailure>> {
	const result = await handleForm(request, codeReactionSchema, async (input) => ({
		saved: await saveCodeReaction(visitor, db, input),
		general: !input.articleId
	}));
	if (!('saved' in result)) return result;
	if (result.saved.respondentToken) options.keepToken?.(result.saved.respondentToken);
	if (result.general) redirect(303, `${options.base}?algemeen`);
	redirect(
		303,
		result.saved.nextNumber
			? `${options.base}?artikel=${encodeURIComponent(result.saved.nextNumber)}`
			: `${options.base}?klaar`
	);
}

export async function signAction(
	visitor: RoundVisitor,
	db: Db,
	request: Request,
	options: { base: string; keepToken?: (token: string) => void }
): Promise<ActionFailure<FormFailure>> {
	const result = await handleForm(request, codeRoundSignSchema, (input) =>
		signCodeRound(visitor, db, { sign: input.sign === 'ja', name: input.name })
	);
	if (!('respondentToken' in result)) return result;
	if (result.respondentToken) options.keepToken?.(result.respondentToken as string);
	redirect(303, `${options.base}?getekend`);
}
