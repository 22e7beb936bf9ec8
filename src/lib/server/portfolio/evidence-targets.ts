import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import {
	code,
	codeArticle,
	codeKernwaarde,
	codeRound,
	codeVersion,
	dilemmaReflection,
	feedbackResponse,
	learningSession,
	learningSessionParticipant,
	membership,
	portfolioActivity,
	portfolioGoalEvidence,
	practiceStory,
	reflection,
	team,
	teamGroup
} from '../db/schema';
import { AppError } from '../errors';
import type { ArticleId, CodeId } from '../ids';
import { findRespondent } from '../code/code-round-access';
import { articlePath, kernwaardePath } from '../../code/text';
import { formatDate } from '../../format';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../portfolio/model';
import type { EvidenceTarget } from '../../portfolio/evidence-value';
import { m } from '../../paraglide/messages';
import { goalDimensions } from './goal-dimensions';

// Not a use case: what a goal's evidence may point at, checked against the worker, and how each
// piece reads on the goal page. Every target must be the worker's own (their mirror, reflection,
// dilemma, attendance line, reaction to a round, log line) or their organisation's (its code, its
// "wat werkt" stories); anything else is refused with the same message as a target that does not
// exist, so a guessed id says nothing about what is there.

export type EvidenceRow = typeof portfolioGoalEvidence.$inferSelect;
type EvidenceColumns = Omit<typeof portfolioGoalEvidence.$inferInsert, 'id' | 'goalId' | 'createdAt'>;

interface Scope {
	worker: UserActor;
	organisationId: string;
}

const refused = () =>
	new AppError('NOT_FOUND', m.pfg_error_evidence_not_yours(), { evidence: m.pfg_error_evidence_not_yours() });

/** The columns to store for a target the worker may tie to a goal, else NOT_FOUND. */
export async function resolveEvidence(db: Db, scope: Scope, target: EvidenceTarget): Promise<EvidenceColumns> {
	const { worker, organisationId } = scope;
	const own = { organisationId, workerUserId: worker.userId };
	switch (target.kind) {
		case 'mirror_theme': {
			const dims = await goalDimensions(db, worker.userId, organisationId);
			if (!dims.some((d) => d.key === target.dimension)) throw refused();
			return { kind: target.kind, dimension: target.dimension };
		}
		case 'mirror_quote': {
			// Only an answer with text.
			const [row] = await releasedAnswers(db, own, [target.responseId]);
			if (!row || !row[target.field].trim()) throw refused();
			return { kind: target.kind, responseId: target.responseId, quoteField: target.field };
		}
		case 'reflection': {
			const [row] = await db
				.select({ id: reflection.id })
				.from(reflection)
				.where(
					and(
						eq(reflection.id, target.id),
						eq(reflection.organisationId, own.organisationId),
						eq(reflection.workerUserId, own.workerUserId)
					)
				);
			if (!row) throw refused();
			return { kind: target.kind, reflectionId: row.id };
		}
		case 'dilemma': {
			const [row] = await db
				.select({ id: dilemmaReflection.id })
				.from(dilemmaReflection)
				.where(
					and(
						eq(dilemmaReflection.id, target.id),
						eq(dilemmaReflection.organisationId, own.organisationId),
						eq(dilemmaReflection.workerUserId, own.workerUserId)
					)
				);
			if (!row) throw refused();
			return { kind: target.kind, dilemmaId: row.id };
		}
		case 'session': {
			const [row] = await attendanceQuery(db).where(
				and(attendanceWhere(scope), eq(learningSessionParticipant.id, target.participantId))
			);
			if (!row) throw refused();
			return { kind: target.kind, participantId: row.participantId };
		}
		case 'code_round': {
			const [round] = await db
				.select()
				.from(codeRound)
				.where(and(eq(codeRound.id, target.roundId), eq(codeRound.organisationId, organisationId)));
			if (!round) throw refused();
			// Reactions carry no user id: the worker is found by the round's member key, as on the round page.
			const respondent = await findRespondent(
				db,
				{ kind: 'member', actor: worker, organisationId, roundId: round.id },
				round
			);
			if (!respondent) throw refused();
			return { kind: target.kind, codeRoundId: round.id };
		}
		case 'code_article': {
			const found = await articlesOf(db, organisationId, [target.articleId as ArticleId], target.codeId as CodeId);
			if (!found.length) throw refused();
			return { kind: target.kind, codeId: target.codeId as CodeId, articleId: target.articleId as ArticleId };
		}
		case 'kernwaarde': {
			const found = await kernwaardenOf(db, organisationId, [target.codeId as CodeId], [target.number]);
			if (!found.length) throw refused();
			return { kind: target.kind, codeId: target.codeId as CodeId, kernwaarde: target.number };
		}
		case 'practice_story': {
			const [row] = await db
				.select({ id: practiceStory.id })
				.from(practiceStory)
				.where(and(eq(practiceStory.id, target.id), eq(practiceStory.organisationId, organisationId)));
			if (!row) throw refused();
			return { kind: target.kind, practiceStoryId: row.id };
		}
		case 'activity': {
			const [row] = await db
				.select({ id: portfolioActivity.id })
				.from(portfolioActivity)
				.where(
					and(
						eq(portfolioActivity.id, target.id),
						eq(portfolioActivity.organisationId, own.organisationId),
						eq(portfolioActivity.workerUserId, own.workerUserId)
					)
				);
			if (!row) throw refused();
			return { kind: target.kind, activityId: row.id };
		}
	}
}

/** The worker's own answers among these, released ones only (in a batch): never a quote still waiting for its batch. */
function releasedAnswers(db: Db, own: { organisationId: string; workerUserId: string }, responseIds: string[]) {
	const released = isNotNull(feedbackResponse.batchId);
	const theirs = and(
		eq(feedbackResponse.organisationId, own.organisationId),
		eq(feedbackResponse.workerUserId, own.workerUserId)
	);
	return db
		.select({ id: feedbackResponse.id, good: feedbackResponse.good, better: feedbackResponse.better })
		.from(feedbackResponse)
		.where(and(inArray(feedbackResponse.id, responseIds), theirs, released));
}

/** The worker's own attendance lines in this organisation: ended sessions where they confirmed their presence. */
export function attendanceQuery(db: Db) {
	return db
		.select({
			participantId: learningSessionParticipant.id,
			sessionId: learningSession.id,
			methodName: learningSession.method,
			theme: learningSession.theme,
			startedAt: learningSession.startedAt,
			teamName: team.name,
			groupName: teamGroup.name
		})
		.from(learningSessionParticipant)
		.innerJoin(membership, eq(membership.id, learningSessionParticipant.membershipId))
		.innerJoin(learningSession, eq(learningSession.id, learningSessionParticipant.sessionId))
		.leftJoin(team, eq(team.id, learningSession.teamId))
		.leftJoin(teamGroup, eq(teamGroup.id, learningSession.groupId));
}

export function attendanceWhere(scope: Scope) {
	return and(
		eq(membership.userId, scope.worker.userId),
		eq(membership.organisationId, scope.organisationId),
		eq(learningSession.organisationId, scope.organisationId),
		eq(learningSession.status, 'ended'),
		isNotNull(learningSessionParticipant.presentAt)
	);
}

export function sessionLabel(row: {
	methodName: { name: string };
	theme: string;
	teamName: string | null;
	groupName: string | null;
}): string {
	const what = row.theme ? `${row.methodName.name}: ${row.theme}` : row.methodName.name;
	const who = row.teamName ?? row.groupName;
	return who ? `${what} (${who})` : what;
}

/** Articles of the organisation's code(s) as the newest published version that has them names them. */
async function articlesOf(db: Db, organisationId: string, articleIds: ArticleId[], codeId?: CodeId) {
	if (!articleIds.length) return [];
	const rows = await db
		.select({
			codeId: code.id,
			articleId: codeArticle.articleId,
			number: codeArticle.number,
			title: codeArticle.title,
			version: codeVersion.number
		})
		.from(codeArticle)
		.innerJoin(codeVersion, eq(codeVersion.id, codeArticle.versionId))
		.innerJoin(code, eq(code.id, codeVersion.codeId))
		.where(
			and(
				eq(code.organisationId, organisationId),
				codeId ? eq(code.id, codeId) : undefined,
				eq(codeVersion.status, 'published'),
				inArray(codeArticle.articleId, articleIds)
			)
		)
		.orderBy(desc(codeVersion.number));
	const seen = new Set<string>();
	return rows.filter((r) => !seen.has(`${r.codeId}:${r.articleId}`) && seen.add(`${r.codeId}:${r.articleId}`));
}

/** Kernwaarden of the organisation's code(s) by number, as the newest published version names them. */
async function kernwaardenOf(db: Db, organisationId: string, codeIds: CodeId[], numbers: string[]) {
	if (!codeIds.length || !numbers.length) return [];
	const rows = await db
		.select({
			codeId: code.id,
			number: codeKernwaarde.number,
			name: codeKernwaarde.name,
			version: codeVersion.number
		})
		.from(codeKernwaarde)
		.innerJoin(codeVersion, eq(codeVersion.id, codeKernwaarde.versionId))
		.innerJoin(code, eq(code.id, codeVersion.codeId))
		.where(
			and(
				eq(code.organisationId, organisationId),
				inArray(code.id, codeIds),
				eq(codeVersion.status, 'published'),
				inArray(codeKernwaarde.number, numbers)
			)
		)
		.orderBy(desc(codeVersion.number), asc(codeKernwaarde.position));
	const seen = new Set<string>();
	return rows.filter((r) => !seen.has(`${r.codeId}:${r.number}`) && seen.add(`${r.codeId}:${r.number}`));
}

/**
 * Who reads the evidence: the worker on their goal page (with links to their own pages), a coach
 * reading a share (the same labels, links only to what every member reads: the code, stories), or an
 * export (words that stand alone outside Vakspiegel, no links, and no resident's words).
 */
export type EvidenceAudience = 'worker' | 'coach' | 'export';

/** One piece of evidence as the goal page shows it. */
export interface DescribedEvidence {
	id: string;
	kind: EvidenceKind;
	label: string;
	/** A quote: which answer it was ("good" or "better"). */
	quoteField: string | null;
	/** Where it lives; null when it has no page (or only the worker could open it, for a coach). */
	href: string | null;
}

/** One piece of evidence as it leaves in an export. */
export interface ExportedEvidence {
	id: string;
	goalId: string;
	kind: EvidenceKind;
	/** What it is and which one, in words that stand alone ("Kernwaarde: 1. Menselijke waardigheid"). */
	title: string;
	/** The worker's own words that go with it (a reflection's whole text), or ''. */
	text: string;
	/** The worker's own log line it is, when it is one. */
	activityId: string | null;
	createdAt: Date;
}

const short = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

// The kind in front of the goal page's label, so an exported title says what it is on its own.
const EXPORT_TITLE: Record<EvidenceKind, (label: string) => string> = {
	mirror_theme: (label) => m.pfx_evidence_theme({ dimension: label }),
	// A resident's words stay in Vakspiegel (and go with their response at retention): a mention only.
	mirror_quote: () => m.pfx_evidence_quote(),
	reflection: () => m.pfx_evidence_reflection(),
	dilemma: (label) => m.pfx_evidence_dilemma({ title: label }),
	session: (label) => m.pfx_evidence_session({ session: label }),
	code_round: (label) => m.pfx_evidence_round({ question: label }),
	code_article: (label) => m.pfx_evidence_article({ article: label }),
	kernwaarde: (label) => m.pfx_evidence_kernwaarde({ kernwaarde: label }),
	practice_story: (label) => m.pfx_evidence_story({ title: label }),
	activity: (label) => m.pfx_evidence_activity({ activity: label })
};

/**
 * The readable label and link of each piece, rows of one goal or of several: one query per kind of
 * target, never one per piece. Grouped by kind in a fixed order (the mirror first, the code and
 * stories after), then as given. Only the worker's own things and their organisation's are read;
 * anything else reads as gone.
 */
export async function describeEvidence(
	db: Db,
	scope: { workerUserId: string; organisationId: string },
	rows: EvidenceRow[],
	audience: 'worker' | 'coach'
): Promise<DescribedEvidence[]>;
export async function describeEvidence(
	db: Db,
	scope: { workerUserId: string; organisationId: string },
	rows: EvidenceRow[],
	audience: 'export'
): Promise<ExportedEvidence[]>;
export async function describeEvidence(
	db: Db,
	scope: { workerUserId: string; organisationId: string },
	rows: EvidenceRow[],
	audience: EvidenceAudience
): Promise<DescribedEvidence[] | ExportedEvidence[]> {
	if (!rows.length) return [];
	const { workerUserId, organisationId } = scope;
	const ids = <K extends keyof EvidenceRow>(key: K) =>
		rows.map((r) => r[key]).filter((v): v is NonNullable<EvidenceRow[K]> => v !== null && v !== undefined);
	/** One query for all targets of a kind (their ids in `list`); none when no row points at that kind. */
	const forIds = <K extends keyof EvidenceRow, T>(
		key: K,
		load: (list: NonNullable<EvidenceRow[K]>[]) => PromiseLike<T[]>
	): PromiseLike<T[]> => (ids(key).length ? load(ids(key)) : Promise.resolve([]));
	const forKernwaarde = rows.filter((r) => r.kind === 'kernwaarde' && r.codeId);
	const [dims, quotes, reflections, dilemmas, sessions, rounds, articles, kernwaarden, stories, activities] =
		await Promise.all([
			rows.some((r) => r.kind === 'mirror_theme') ? goalDimensions(db, workerUserId, organisationId) : [],
			// An export never carries a resident's words, so it does not even read them.
			forIds('responseId', (list) =>
				audience === 'export' ? Promise.resolve([]) : releasedAnswers(db, { organisationId, workerUserId }, list)
			),
			forIds('reflectionId', (list) =>
				db
					.select({ id: reflection.id, text: reflection.text })
					.from(reflection)
					.where(and(inArray(reflection.id, list), eq(reflection.workerUserId, workerUserId)))
			),
			forIds('dilemmaId', (list) =>
				db
					.select({ id: dilemmaReflection.id, title: dilemmaReflection.title })
					.from(dilemmaReflection)
					.where(and(inArray(dilemmaReflection.id, list), eq(dilemmaReflection.workerUserId, workerUserId)))
			),
			forIds('participantId', (list) =>
				attendanceQuery(db).where(
					and(
						eq(membership.userId, workerUserId),
						eq(membership.organisationId, organisationId),
						inArray(learningSessionParticipant.id, list)
					)
				)
			),
			forIds('codeRoundId', (list) =>
				db
					.select({ id: codeRound.id, question: codeRound.question, codeTitle: code.title })
					.from(codeRound)
					.innerJoin(code, eq(code.id, codeRound.codeId))
					.where(and(inArray(codeRound.id, list), eq(codeRound.organisationId, organisationId)))
			),
			articlesOf(db, organisationId, ids('articleId')),
			kernwaardenOf(
				db,
				organisationId,
				forKernwaarde.map((r) => r.codeId!),
				forKernwaarde.map((r) => r.kernwaarde!)
			),
			forIds('practiceStoryId', (list) =>
				db
					.select({ id: practiceStory.id, title: practiceStory.title })
					.from(practiceStory)
					.where(and(inArray(practiceStory.id, list), eq(practiceStory.organisationId, organisationId)))
			),
			forIds('activityId', (list) =>
				db
					.select({
						id: portfolioActivity.id,
						title: portfolioActivity.title,
						occurredOn: portfolioActivity.occurredOn
					})
					.from(portfolioActivity)
					.where(and(inArray(portfolioActivity.id, list), eq(portfolioActivity.workerUserId, workerUserId)))
			)
		]);
	const own = (href: string) => (audience === 'worker' ? href : null);

	/** The goal page's label and link; `text` is a reflection's whole text, `activityId` a found log line. */
	const describe = (r: EvidenceRow): { label: string; href: string | null; text?: string; activityId?: string } => {
		const gone = { label: m.pfg_evidence_gone(), href: null };
		switch (r.kind) {
			case 'mirror_theme':
				return {
					label: dims.find((d) => d.key === r.dimension)?.label ?? m.pfg_evidence_gone(),
					href: own('/feedback#per-onderwerp')
				};
			case 'mirror_quote': {
				const q = quotes.find((x) => x.id === r.responseId);
				const text = q ? (r.quoteField === 'better' ? q.better : q.good) : '';
				return { label: text || m.pfg_evidence_gone(), href: own('/feedback#reacties') };
			}
			case 'reflection': {
				const x = reflections.find((y) => y.id === r.reflectionId);
				return x ? { label: short(x.text), href: own('/feedback'), text: x.text } : { ...gone, href: own('/feedback') };
			}
			case 'dilemma': {
				const x = dilemmas.find((y) => y.id === r.dilemmaId);
				return x ? { label: x.title, href: own(`/beroepscode/dilemmas/${x.id}`) } : gone;
			}
			case 'session': {
				const x = sessions.find((y) => y.participantId === r.participantId);
				return x ? { label: sessionLabel(x), href: own(`/team/sessies/${x.sessionId}`) } : gone;
			}
			case 'code_round': {
				const x = rounds.find((y) => y.id === r.codeRoundId);
				return x ? { label: `${x.question} (${x.codeTitle})`, href: own(`/beroepscode/reageren/${x.id}`) } : gone;
			}
			case 'code_article': {
				const x = articles.find((y) => y.codeId === r.codeId && y.articleId === r.articleId);
				return x ? { label: `${x.number} ${x.title}`, href: `${articlePath(x.number)}?code=${x.codeId}` } : gone;
			}
			case 'kernwaarde': {
				const x = kernwaarden.find((y) => y.codeId === r.codeId && y.number === r.kernwaarde);
				return x ? { label: `${x.number}. ${x.name}`, href: `${kernwaardePath(x.number)}?code=${x.codeId}` } : gone;
			}
			case 'practice_story': {
				const x = stories.find((y) => y.id === r.practiceStoryId);
				return x ? { label: x.title, href: `/team/wat-werkt/${x.id}` } : gone;
			}
			case 'activity': {
				const x = activities.find((y) => y.id === r.activityId);
				return x
					? {
							label: `${x.title} (${formatDate(x.occurredOn)})`,
							href: own(`/ontwikkeling/logboek/${x.id}`),
							activityId: x.id
						}
					: gone;
			}
		}
	};

	const order = (r: EvidenceRow) => EVIDENCE_KINDS.indexOf(r.kind);
	const sorted = [...rows].sort((x, y) => order(x) - order(y));
	if (audience === 'export')
		return sorted.map((r): ExportedEvidence => {
			const d = describe(r);
			return {
				id: r.id,
				goalId: r.goalId,
				kind: r.kind,
				title: EXPORT_TITLE[r.kind](d.label),
				text: d.text ?? '',
				activityId: d.activityId ?? null,
				createdAt: r.createdAt
			};
		});
	return sorted.map((r): DescribedEvidence => {
		const { label, href } = describe(r);
		return { id: r.id, kind: r.kind, label, quoteField: r.kind === 'mirror_quote' ? r.quoteField : null, href };
	});
}
