import type { AdviceSessionId } from '../ids';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { adviceTheme, adviceTip } from '../db/schema';
import { auditAdvice } from './board-helpers';
import { publishAdvice } from './live';
import { suggestSessionThemes } from './suggest-session-themes';

/**
 * Accepts the suggestion: a suggested theme whose name already exists in the session adds its tips
 * there; the others become new themes. Tips the facilitator placed meanwhile stay where they are.
 */
export async function acceptThemeSuggestion(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId
): Promise<{ themes: number; tips: number }> {
	const suggestion = await suggestSessionThemes(actor, db, organisationId, sessionId);
	let placed = 0;
	await db.transaction(async (tx) => {
		const existing = await tx
			.select({ id: adviceTheme.id, name: adviceTheme.name, position: adviceTheme.position })
			.from(adviceTheme)
			.where(eq(adviceTheme.sessionId, sessionId));
		let position = Math.max(-1, ...existing.map((t) => t.position)) + 1;
		for (const theme of suggestion.themes) {
			let id = existing.find((t) => t.name.trim().toLowerCase() === theme.name.trim().toLowerCase())?.id;
			if (!id) {
				[{ id }] = await tx
					.insert(adviceTheme)
					.values({ sessionId, name: theme.name, position: position++ })
					.returning({ id: adviceTheme.id });
			}
			const moved = await tx
				.update(adviceTip)
				.set({ themeId: id })
				.where(and(eq(adviceTip.sessionId, sessionId), isNull(adviceTip.themeId), inArray(adviceTip.id, theme.tipIds)))
				.returning({ id: adviceTip.id });
			placed += moved.length;
		}
		await auditAdvice(tx, actor, organisationId, sessionId, 'advice.themes.suggestion', {
			themes: suggestion.themes.length,
			tips: placed
		});
	});
	await publishAdvice(db, sessionId, 'themes');
	return { themes: suggestion.themes.length, tips: placed };
}
