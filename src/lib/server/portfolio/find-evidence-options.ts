import { and, desc, eq, ne, or } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import {
	codeRound,
	dilemmaReflection,
	feedbackBatch,
	feedbackResponse,
	learningSession,
	portfolioActivity,
	practiceStory,
	reflection
} from '../db/schema';
import { findRespondent } from '../code/code-round-access';
import { getCodeLinkOptions } from '../code/get-code-link-options';
import { formatDate } from '../../format';
import { evidenceValue } from '../../portfolio/evidence-value';
import type { EvidenceKind } from '../../portfolio/model';
import { requirePlanOwner } from './goal-access';
import { goalDimensions } from './goal-dimensions';
import { attendanceQuery, attendanceWhere, sessionLabel } from './evidence-targets';

export interface EvidenceOptionGroup {
	kind: EvidenceKind;
	options: { value: string; label: string }[];
}

/** Newest first, at most this many of each kind: a picker, not an archive. */
const MAX = 60;
const short = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * What the worker may tie to a goal: only their own things (their released mirror, reflections,
 * dilemmas, attendance lines, rounds they reacted to, log lines) and their organisation's code and
 * "wat werkt" stories. Grouped per kind, for one <select> with an optgroup each.
 */
export async function findEvidenceOptions(
	actor: Actor,
	db: Db,
	organisationId: string
): Promise<EvidenceOptionGroup[]> {
	const { actor: worker } = await requirePlanOwner(db, actor, organisationId);
	const mine = { organisationId, workerUserId: worker.userId };
	const scope = { worker, organisationId };

	const themes = (await goalDimensions(db, worker.userId, organisationId)).map((d) => ({
		value: evidenceValue({ kind: 'mirror_theme', dimension: d.key }),
		label: d.label
	}));
	const responses = await db
		.select({ id: feedbackResponse.id, good: feedbackResponse.good, better: feedbackResponse.better })
		.from(feedbackResponse)
		.innerJoin(feedbackBatch, eq(feedbackBatch.id, feedbackResponse.batchId))
		.where(
			and(
				eq(feedbackResponse.organisationId, mine.organisationId),
				eq(feedbackResponse.workerUserId, mine.workerUserId),
				or(ne(feedbackResponse.good, ''), ne(feedbackResponse.better, ''))
			)
		)
		.orderBy(desc(feedbackBatch.releasedOn), feedbackResponse.shuffle)
		.limit(MAX);
	const quotes = responses.flatMap((r) =>
		(['good', 'better'] as const)
			.filter((field) => r[field].trim())
			.map((field) => ({
				value: evidenceValue({ kind: 'mirror_quote', responseId: r.id, field }),
				label: `${field === 'good' ? '+' : '→'} ${short(r[field])}`
			}))
	);
	const reflections = (
		await db
			.select({ id: reflection.id, text: reflection.text })
			.from(reflection)
			.where(and(eq(reflection.organisationId, mine.organisationId), eq(reflection.workerUserId, mine.workerUserId)))
			.orderBy(desc(reflection.createdAt))
			.limit(MAX)
	).map((r) => ({ value: evidenceValue({ kind: 'reflection', id: r.id }), label: short(r.text) }));
	const dilemmas = (
		await db
			.select({ id: dilemmaReflection.id, title: dilemmaReflection.title })
			.from(dilemmaReflection)
			.where(
				and(
					eq(dilemmaReflection.organisationId, mine.organisationId),
					eq(dilemmaReflection.workerUserId, mine.workerUserId)
				)
			)
			.orderBy(desc(dilemmaReflection.updatedAt))
			.limit(MAX)
	).map((d) => ({ value: evidenceValue({ kind: 'dilemma', id: d.id }), label: d.title }));
	const sessions = (
		await attendanceQuery(db).where(attendanceWhere(scope)).orderBy(desc(learningSession.startedAt)).limit(MAX)
	).map((s) => ({
		value: evidenceValue({ kind: 'session', participantId: s.participantId }),
		label: s.startedAt ? `${formatDate(s.startedAt)}: ${sessionLabel(s)}` : sessionLabel(s)
	}));
	const roundRows = await db
		.select()
		.from(codeRound)
		.where(eq(codeRound.organisationId, organisationId))
		.orderBy(desc(codeRound.opensAt))
		.limit(MAX);
	const rounds: EvidenceOptionGroup['options'] = [];
	for (const round of roundRows) {
		const reacted = await findRespondent(
			db,
			{ kind: 'member', actor: worker, organisationId, roundId: round.id },
			round
		);
		if (reacted)
			rounds.push({ value: evidenceValue({ kind: 'code_round', roundId: round.id }), label: short(round.question) });
	}
	const codeOptions = await getCodeLinkOptions(worker, db, { organisationId });
	const articles = codeOptions
		? codeOptions.chapters.flatMap((c) =>
				c.articles.map((a) => ({
					value: evidenceValue({ kind: 'code_article', codeId: codeOptions.codeId, articleId: a.value.slice(2) }),
					label: `${a.number} ${a.title}`
				}))
			)
		: [];
	const kernwaarden = codeOptions
		? codeOptions.kernwaarden.map((k) => ({
				value: evidenceValue({ kind: 'kernwaarde', codeId: codeOptions.codeId, number: k.number }),
				label: `${k.number}. ${k.name}`
			}))
		: [];
	const stories = (
		await db
			.select({ id: practiceStory.id, title: practiceStory.title })
			.from(practiceStory)
			.where(eq(practiceStory.organisationId, organisationId))
			.orderBy(desc(practiceStory.createdAt))
			.limit(MAX)
	).map((s) => ({ value: evidenceValue({ kind: 'practice_story', id: s.id }), label: s.title }));
	const activities = (
		await db
			.select({ id: portfolioActivity.id, title: portfolioActivity.title, occurredOn: portfolioActivity.occurredOn })
			.from(portfolioActivity)
			.where(
				and(
					eq(portfolioActivity.organisationId, mine.organisationId),
					eq(portfolioActivity.workerUserId, mine.workerUserId)
				)
			)
			.orderBy(desc(portfolioActivity.occurredOn))
			.limit(MAX)
	).map((a) => ({
		value: evidenceValue({ kind: 'activity', id: a.id }),
		label: `${formatDate(a.occurredOn)}: ${a.title}`
	}));

	const groups: EvidenceOptionGroup[] = [
		{ kind: 'mirror_theme', options: themes },
		{ kind: 'mirror_quote', options: quotes },
		{ kind: 'reflection', options: reflections },
		{ kind: 'dilemma', options: dilemmas },
		{ kind: 'session', options: sessions },
		{ kind: 'code_round', options: rounds },
		{ kind: 'code_article', options: articles },
		{ kind: 'kernwaarde', options: kernwaarden },
		{ kind: 'practice_story', options: stories },
		{ kind: 'activity', options: activities }
	];
	return groups.filter((g) => g.options.length > 0);
}
