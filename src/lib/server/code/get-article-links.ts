import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import {
	adviceSession,
	adviceTopIdea,
	codeLink,
	codePrivateLink,
	dilemmaReflection,
	membership,
	practiceStory,
	reflection,
	user
} from '../db/schema';
import { requireRole } from '../organisation/access';
import { mayEditCode } from './code-editor';
import { findArticleGuides, type ArticleGuide } from './find-article-guides';
import type { ArticleId, CodeId } from '../ids';

export interface ArticleLinks {
	/** The actor's own reflections tied to the article: never anyone else's. */
	reflections: { id: string; text: string; createdAt: Date }[];
	/** The actor's own dilemma reflections with this article at stake. */
	dilemmas: { id: string; title: string }[];
	/** "Wat werkt" stories of the organisation that cite the article (every member reads them). */
	stories: { id: string; title: string; author: string | null }[];
	/** Guides of the actor's own teams whose current version has a section that comes from the article. */
	guides: ArticleGuide[];
	/** Residents' voice: advice top ideas an editor tied to the article. */
	topIdeas: { linkId: string; wording: string; question: string }[];
	canEdit: boolean;
}

/**
 * What is tied to one article (by its stable id) or one kernwaarde (by its number) for the acting
 * member. Private rows are selected by the actor's own user id, so a coach or admin reading the same
 * article sees only their own. Guides come from articles only.
 */
export async function getArticleLinks(
	actor: Actor,
	db: Db,
	options: { organisationId: string; codeId: CodeId } & (
		{ articleId: ArticleId; kernwaarde?: never } | { kernwaarde: string; articleId?: never }
	)
): Promise<ArticleLinks> {
	await requireRole(db, actor, options.organisationId);
	const userId = actor.kind === 'user' ? actor.userId : '';
	const { articleId, kernwaarde } = options;
	const privateWhere = and(
		eq(codePrivateLink.organisationId, options.organisationId),
		eq(codePrivateLink.codeId, options.codeId),
		articleId ? eq(codePrivateLink.articleId, articleId) : eq(codePrivateLink.kernwaarde, kernwaarde!),
		eq(codePrivateLink.workerUserId, userId)
	);
	const sharedWhere = and(
		eq(codeLink.organisationId, options.organisationId),
		eq(codeLink.codeId, options.codeId),
		articleId ? eq(codeLink.articleId, articleId) : eq(codeLink.kernwaarde, kernwaarde!)
	);
	const [reflections, dilemmas, stories, topIdeas, guides, canEdit] = await Promise.all([
		db
			.select({ id: reflection.id, text: reflection.text, createdAt: reflection.createdAt })
			.from(codePrivateLink)
			.innerJoin(reflection, and(eq(reflection.id, codePrivateLink.reflectionId), eq(reflection.workerUserId, userId)))
			.where(privateWhere)
			.orderBy(desc(reflection.createdAt)),
		db
			.select({ id: dilemmaReflection.id, title: dilemmaReflection.title })
			.from(codePrivateLink)
			.innerJoin(
				dilemmaReflection,
				and(eq(dilemmaReflection.id, codePrivateLink.dilemmaId), eq(dilemmaReflection.workerUserId, userId))
			)
			.where(privateWhere)
			.orderBy(desc(dilemmaReflection.createdAt)),
		db
			.select({
				id: practiceStory.id,
				title: practiceStory.title,
				showName: practiceStory.showName,
				authorName: user.name
			})
			.from(codeLink)
			.innerJoin(
				practiceStory,
				and(eq(practiceStory.id, codeLink.practiceStoryId), eq(practiceStory.organisationId, options.organisationId))
			)
			.leftJoin(membership, eq(membership.id, practiceStory.authorMembershipId))
			.leftJoin(user, eq(user.id, membership.userId))
			.where(and(sharedWhere, isNotNull(codeLink.practiceStoryId)))
			.orderBy(desc(practiceStory.createdAt)),
		db
			.select({ linkId: codeLink.id, wording: adviceTopIdea.wording, question: adviceSession.question })
			.from(codeLink)
			.innerJoin(adviceTopIdea, eq(adviceTopIdea.id, codeLink.adviceTopIdeaId))
			.innerJoin(
				adviceSession,
				and(eq(adviceSession.id, adviceTopIdea.sessionId), eq(adviceSession.organisationId, options.organisationId))
			)
			.where(and(sharedWhere, isNotNull(codeLink.adviceTopIdeaId)))
			.orderBy(asc(codeLink.createdAt)),
		articleId ? findArticleGuides(actor, db, { ...options, articleId }) : Promise.resolve([]),
		mayEditCode(db, actor, options.organisationId)
	]);
	return {
		reflections,
		dilemmas,
		stories: stories.map((s) => ({ id: s.id, title: s.title, author: s.showName ? s.authorName : null })),
		guides,
		topIdeas,
		canEdit
	};
}
