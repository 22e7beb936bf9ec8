import type { AdviceBoard } from './get-advice-session';
import { groupLabel } from './groups';

/** The report's content in one shape for the page, the PDF and the CSV: all tips by theme, not only the winners. */
export function reportModel(board: AdviceBoard) {
	const { session, results } = board;
	const dotsOf = (themeId: string) => results.ranking.find((r) => r.themeId === themeId)?.dots ?? 0;
	const tipsIn = (themeId: string | null) =>
		board.tips
			.filter((t) => t.themeId === themeId)
			.map((t) => ({ id: t.id, text: t.text, group: groupLabel(session.groups, t.groupKey) }));
	const themes = results.ranking.map((r) => ({ id: r.themeId, name: r.name, dots: r.dots, tips: tipsIn(r.themeId) }));
	const tipText = new Map(board.tips.map((t) => [t.id, t.text]));
	return {
		question: session.question,
		explanation: session.explanation,
		date: session.createdAt,
		phase: session.phase,
		groups: session.groups.map((g) => ({
			key: g.key,
			label: g.label,
			participants: board.participantsPerGroup[g.key] ?? 0
		})),
		// After retention the tips and participants are gone; their counts stay in kept_counts, as on
		// the public outcome page (get-advice-outcome.ts), so the report does not say "0 tips".
		participants: board.participants + (session.keptCounts?.participants ?? 0),
		tipCount: board.tips.length + (session.keptCounts?.tips ?? 0),
		themes,
		unthemed: tipsIn(null),
		results,
		topIdeas: board.topIdeas.map((idea) => ({
			id: idea.id,
			wording: idea.wording,
			theme: themes.find((t) => t.id === idea.themeId)?.name ?? '',
			dots: idea.themeId ? dotsOf(idea.themeId) : 0,
			quotes: idea.quoteTipIds.map((id) => tipText.get(id)).filter((t): t is string => !!t),
			response: idea.response,
			respondedOn: idea.respondedOn,
			actions: idea.actions.map((a) => ({ id: a.id, what: a.what, who: a.who, dueOn: a.dueOn, status: a.status }))
		}))
	};
}

export type AdviceReport = ReturnType<typeof reportModel>;
