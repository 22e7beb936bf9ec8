import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioActivity } from '../db/schema';
import { requireMember } from './access';
import type { ActivityKind } from '../../portfolio/model';
import { periodEnd } from '../../portfolio/progress';
import { ownProfile, registerOf, type WorkerProfile } from './register-rules';

interface LogLine {
	id: string;
	kind: ActivityKind;
	title: string;
	occurredOn: string;
	netMinutes: number;
	category: string;
	/** The category's name in the worker's register, or the stored key when the register has none. */
	categoryLabel: string;
	fromSuggestion: boolean;
}

export interface ActivityLog {
	profile: WorkerProfile | null;
	register: { key: string; name: string };
	/** The current period, or null without a profile (then every line shows). */
	period: { start: string; end: string } | null;
	/** Newest first. */
	lines: LogLine[];
	/** Lines before the period (or after it): not shown, not counted. */
	outside: number;
}

/** The actor's own log in the organisation: the lines of their current period, newest first. */
export async function findActivities(actor: Actor, db: Db, organisationId: string): Promise<ActivityLog> {
	const { actor: worker } = await requireMember(db, actor, organisationId);
	const profile = await ownProfile(db, worker, organisationId);
	const register = await registerOf(db, organisationId, profile);
	const period = profile
		? { start: profile.periodStart, end: periodEnd(profile.periodStart, register.periodYears) }
		: null;
	const rows = await db
		.select()
		.from(portfolioActivity)
		.where(and(eq(portfolioActivity.organisationId, organisationId), eq(portfolioActivity.workerUserId, worker.userId)))
		.orderBy(desc(portfolioActivity.occurredOn), desc(portfolioActivity.createdAt));
	const labels = new Map(register.categories.map((c) => [c.key, c.label]));
	const inside = rows.filter((r) => !period || (r.occurredOn >= period.start && r.occurredOn < period.end));
	return {
		profile,
		register: { key: register.key, name: register.name },
		period,
		lines: inside.map((r) => ({
			id: r.id,
			kind: r.kind,
			title: r.title,
			occurredOn: r.occurredOn,
			netMinutes: r.netMinutes,
			category: r.category,
			categoryLabel: labels.get(r.category) ?? r.category,
			fromSuggestion: !!(r.sourceParticipantId || r.sourceAdviceSessionId || r.sourceCodeRoundId)
		})),
		outside: rows.length - inside.length
	};
}
