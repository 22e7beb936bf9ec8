import type { AdviceSessionId } from '../ids';
import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceSession, adviceTheme, adviceTip } from '../db/schema';
import { requireFacilitatedSession } from './access';
import { suggestThemes, type EarlierTheme, type ThemeSuggestion } from './suggest-themes';

/** How many earlier themes of the organisation inform a suggestion (the newest first). */
const EARLIER_THEMES = 200;

/**
 * The facilitator's earlier groupings: the themes already made in this session and in the
 * organisation's other sessions, with their tips. A new tip that resembles them goes to that name.
 */
async function earlierThemes(db: Db, organisationId: string): Promise<EarlierTheme[]> {
	const themes = await db
		.select({ id: adviceTheme.id, name: adviceTheme.name })
		.from(adviceTheme)
		.innerJoin(adviceSession, eq(adviceSession.id, adviceTheme.sessionId))
		.where(eq(adviceSession.organisationId, organisationId))
		.orderBy(desc(adviceTheme.createdAt))
		.limit(EARLIER_THEMES);
	if (themes.length === 0) return [];
	const tips = await db
		.select({ themeId: adviceTip.themeId, text: adviceTip.text })
		.from(adviceTip)
		.where(
			and(
				isNotNull(adviceTip.themeId),
				inArray(
					adviceTip.themeId,
					themes.map((t) => t.id)
				)
			)
		);
	// Themes with the same name (several sessions) are one earlier grouping.
	const byName = new Map<string, EarlierTheme>();
	for (const theme of themes) {
		const key = theme.name.trim().toLowerCase();
		const entry = byName.get(key) ?? { name: theme.name, texts: [] };
		entry.texts.push(...tips.filter((t) => t.themeId === theme.id).map((t) => t.text));
		byName.set(key, entry);
	}
	return [...byName.values()].filter((t) => t.texts.length > 0);
}

/** A suggested grouping of the session's tips that are in no theme yet (visible ones only). */
export async function suggestSessionThemes(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId
): Promise<ThemeSuggestion & { tipTexts: Record<string, string> }> {
	const session = await requireFacilitatedSession(actor, db, organisationId, sessionId);
	const tips = await db
		.select({ id: adviceTip.id, text: adviceTip.text })
		.from(adviceTip)
		.where(and(eq(adviceTip.sessionId, session.id), isNull(adviceTip.themeId), eq(adviceTip.status, 'visible')));
	if (tips.length === 0) return { themes: [], unassigned: [], tipTexts: {} };
	const suggestion = suggestThemes(tips, { earlier: await earlierThemes(db, organisationId) });
	return { ...suggestion, tipTexts: Object.fromEntries(tips.map((t) => [t.id, t.text])) };
}
