import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	adviceAction,
	adviceParticipant,
	adviceSession,
	adviceTip,
	adviceTopIdea,
	organisation,
	type AdviceActionStatus
} from '../db/schema';
import { AppError } from '../errors';
import { m } from '../../paraglide/messages';
import { isOutcomeToken } from './outcome-link';

export interface AdviceOutcome {
	organisation: string;
	question: string;
	explanation: string;
	/** The session's day (YYYY-MM-DD): participants' pages carry no time of day. */
	date: string;
	/** The language the facilitator wrote in ("nl" or "en"), for the lang attribute of their texts. */
	language: string;
	participants: number;
	tips: number;
	topIdeas: {
		wording: string;
		quotes: string[];
		response: string;
		respondedOn: string | null;
		actions: { what: string; who: string; dueOn: string | null; status: AdviceActionStatus }[];
	}[];
}

const notPublic = () => new AppError('NOT_FOUND', m.advice_outcome_not_public());

/**
 * The public page of a session, by its outcome token, for anyone (no account): only while the
 * facilitator has made it public, and then only what the organisation wants to show back — the top
 * ideas in order, their quotes (anonymous tips, moderated-away ones left out), the response and the
 * actions. Never a participant, a group's figures (a group of one or two would show their dots) or an id.
 * Unknown and not-public answer alike, so the page says nothing about a session that is not public.
 */
export async function getAdviceOutcome(token: string, db: Db): Promise<AdviceOutcome> {
	if (!isOutcomeToken(token)) throw notPublic();
	const [session] = await db
		.select({
			id: adviceSession.id,
			question: adviceSession.question,
			explanation: adviceSession.explanation,
			language: adviceSession.language,
			createdAt: adviceSession.createdAt,
			keptCounts: adviceSession.keptCounts,
			organisation: organisation.name
		})
		.from(adviceSession)
		.innerJoin(organisation, eq(organisation.id, adviceSession.organisationId))
		.where(and(eq(adviceSession.outcomeToken, token), isNotNull(adviceSession.outcomePublishedOn)));
	if (!session) throw notPublic();
	const [ideas, actions, [people], [tips]] = await Promise.all([
		db
			.select({
				id: adviceTopIdea.id,
				wording: adviceTopIdea.wording,
				quoteTipIds: adviceTopIdea.quoteTipIds,
				response: adviceTopIdea.response,
				respondedOn: adviceTopIdea.respondedOn
			})
			.from(adviceTopIdea)
			.where(eq(adviceTopIdea.sessionId, session.id))
			.orderBy(asc(adviceTopIdea.position), asc(adviceTopIdea.createdAt)),
		db
			.select({
				topIdeaId: adviceAction.topIdeaId,
				what: adviceAction.what,
				who: adviceAction.who,
				dueOn: adviceAction.dueOn,
				status: adviceAction.status
			})
			.from(adviceAction)
			.where(eq(adviceAction.sessionId, session.id))
			// Made together (the demo, an import): by their date, then their wording, never by random id.
			.orderBy(asc(adviceAction.createdAt), sql`${adviceAction.dueOn} asc nulls last`, asc(adviceAction.what)),
		db.select({ n: count() }).from(adviceParticipant).where(eq(adviceParticipant.sessionId, session.id)),
		db
			.select({ n: count() })
			.from(adviceTip)
			.where(and(eq(adviceTip.sessionId, session.id), eq(adviceTip.status, 'visible')))
	]);
	const quoteIds = [...new Set(ideas.flatMap((i) => i.quoteTipIds))];
	const quotes = quoteIds.length
		? await db
				.select({ id: adviceTip.id, text: adviceTip.text })
				.from(adviceTip)
				.where(
					and(eq(adviceTip.sessionId, session.id), eq(adviceTip.status, 'visible'), inArray(adviceTip.id, quoteIds))
				)
		: [];
	const quoteText = new Map(quotes.map((q) => [q.id, q.text]));
	return {
		organisation: session.organisation,
		question: session.question,
		explanation: session.explanation,
		date: dayInNL(session.createdAt),
		language: session.language,
		// After the retention period the tips and participants are gone; their counts were kept.
		participants: people.n + (session.keptCounts?.participants ?? 0),
		tips: tips.n + (session.keptCounts?.tips ?? 0),
		topIdeas: ideas.map((idea) => ({
			wording: idea.wording,
			quotes: idea.quoteTipIds.map((id) => quoteText.get(id)).filter((t): t is string => !!t),
			response: idea.response,
			respondedOn: idea.response ? idea.respondedOn : null,
			actions: actions
				.filter((a) => a.topIdeaId === idea.id)
				.map((a) => ({ what: a.what, who: a.who, dueOn: a.dueOn, status: a.status }))
		}))
	};
}

function dayInNL(at: Date): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
}
