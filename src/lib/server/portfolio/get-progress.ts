import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { portfolioActivity } from '../db/schema';
import { requireMember } from './access';
import type { RegisterRules } from '../../portfolio/model';
import { computeProgress, type Progress } from '../../portfolio/progress';
import { REGISTERS } from '../../portfolio/registers';
import { todayInNL } from '../dates';
import { ownProfile, registerOf, type WorkerProfile } from './register-rules';

export interface ProgressView {
	profile: WorkerProfile | null;
	/** The worker's register with the organisation's numbers; null until they picked one. */
	register: RegisterRules | null;
	progress: Progress | null;
	/** Every register to pick from. */
	registers: { key: string; name: string; periodYears: number }[];
}

/** The actor's progress in their register's current period; only the choice of register until they made it. */
export async function getProgress(
	actor: Actor,
	db: Db,
	organisationId: string,
	now = new Date()
): Promise<ProgressView> {
	const { actor: worker } = await requireMember(db, actor, organisationId);
	const registers = REGISTERS.map((r) => ({ key: r.key, name: r.name, periodYears: r.periodYears }));
	const profile = await ownProfile(db, worker, organisationId);
	if (!profile) return { profile, register: null, progress: null, registers };
	const register = await registerOf(db, organisationId, profile);
	const lines = await db
		.select({
			id: portfolioActivity.id,
			title: portfolioActivity.title,
			kind: portfolioActivity.kind,
			occurredOn: portfolioActivity.occurredOn,
			netMinutes: portfolioActivity.netMinutes,
			category: portfolioActivity.category,
			accreditationId: portfolioActivity.accreditationId
		})
		.from(portfolioActivity)
		.where(
			and(eq(portfolioActivity.organisationId, organisationId), eq(portfolioActivity.workerUserId, worker.userId))
		);
	return {
		profile,
		register,
		progress: computeProgress(register, profile.periodStart, lines, todayInNL(now)),
		registers
	};
}
