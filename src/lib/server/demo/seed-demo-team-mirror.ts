import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	feedbackBatch,
	feedbackRequest,
	feedbackResponse,
	membership,
	selfRating,
	teamMember,
	user
} from '../db/schema';
import { insertUserWithPassword } from '../auth/users';
import { nextDay, todayInNL } from '../dates';
import { newToken } from '../tokens';
import { finishedQuarters } from '../team/release-team-mirror';
import { quarterStart } from '../team/team-mirror-data';

/**
 * Demo colleagues for the team mirror, with clearly demo names and no sign-in (a random password that
 * is never printed). Team Noord gets three of them with answers in the last two finished quarters, so
 * its team mirror shows something; Team Zuid gets two, so its mirror must stay hidden (2 workers).
 */
const DEMO_COLLEAGUES: { key: string; name: string; team: string; answers: [number, number] }[] = [
	{ key: 'fatima', name: 'Demo: Fatima', team: 'Team Noord', answers: [3, 2] },
	{ key: 'joris', name: 'Demo: Joris', team: 'Team Noord', answers: [2, 3] },
	{ key: 'noor', name: 'Demo: Noor', team: 'Team Noord', answers: [3, 3] },
	{ key: 'kees', name: 'Demo: Kees', team: 'Team Zuid', answers: [4, 3] },
	{ key: 'ilse', name: 'Demo: Ilse', team: 'Team Zuid', answers: [3, 3] }
];

/** Invented answers (no real residents); no worker's name in them. */
const ANSWERS: { scores: Record<string, number | null>; good: string; better: string }[] = [
	{
		scores: sc(4, 4, 5, 4, 3, 4),
		good: 'Er was tijd om echt te praten.',
		better: 'Ik wist niet wanneer ik iets zou horen.'
	},
	{ scores: sc(5, 3, 5, 4, 4, 4), good: 'Ik werd serieus genomen.', better: 'De afspraak werd verzet zonder uitleg.' },
	{ scores: sc(4, 4, 4, 5, 4, 5), good: 'Samen hebben we een plan gemaakt dat bij ons past.', better: '' },
	{
		scores: sc(3, 4, 5, 3, null, 4),
		good: 'Rustig uitgelegd wat de regels zijn.',
		better: 'Meer vragen hoe het thuis gaat.'
	},
	{ scores: sc(5, 5, 5, 4, 5, 5), good: 'Mijn zoon mocht zelf vertellen wat hij wilde.', better: '' },
	{ scores: sc(4, 3, 4, 4, 3, 3), good: 'Goed bereikbaar via de app.', better: 'Minder snel met oplossingen komen.' }
];

function sc(
	time: number,
	appointments: number,
	respect: number,
	understanding: number,
	ownIdeas: number | null,
	helped: number
) {
	return { time, appointments, respect, understanding, ownIdeas, helped };
}

/** The team's own view of the last finished quarter: each worker rated themselves. */
const SELF = [
	sc(5, 4, 5, 4, 4, 4),
	sc(4, 5, 5, 5, 4, 4),
	sc(4, 4, 5, 4, 5, 4),
	sc(5, 5, 5, 4, 4, 5),
	sc(4, 4, 4, 4, 4, 4)
];

const REQUEST_LABEL = 'Demo: teamspiegel';

export async function seedDemoTeamMirror(
	db: Db,
	organisationId: string,
	teams: { id: string; name: string }[],
	/** Demo accounts of Team Noord who rate themselves too (the worker and the coach). */
	teamNoordUserIds: string[]
): Promise<void> {
	const [last, before] = finishedQuarters(todayInNL(), 2);
	const days = [before, last].map((q) => {
		// The middle of the quarter (the 14th of its second month): its batches are released in it.
		const start = quarterStart(q);
		return `${start.slice(0, 5)}${String(Number(start.slice(5, 7)) + 1).padStart(2, '0')}-14`;
	});
	const noordSelf: string[] = [...teamNoordUserIds];
	for (const [index, c] of DEMO_COLLEAGUES.entries()) {
		const email = `demo-${c.key}@demo.vakspiegel.example`;
		const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
		const userId =
			existing?.id ??
			(await insertUserWithPassword(db, { email, name: c.name, password: randomBytes(24).toString('base64url') })).id;
		let [member] = await db
			.select({ id: membership.id })
			.from(membership)
			.where(and(eq(membership.organisationId, organisationId), eq(membership.userId, userId)));
		if (!member) {
			[member] = await db
				.insert(membership)
				.values({ organisationId, userId, roles: ['worker'] })
				.returning({ id: membership.id });
		}
		const teamId = teams.find((t) => t.name === c.team)?.id;
		if (teamId) await db.insert(teamMember).values({ teamId, membershipId: member.id }).onConflictDoNothing();
		if (c.team === 'Team Noord') noordSelf.push(userId);

		const [request] = await db
			.select({ id: feedbackRequest.id })
			.from(feedbackRequest)
			.where(and(eq(feedbackRequest.workerUserId, userId), eq(feedbackRequest.label, REQUEST_LABEL)));
		if (request) continue;
		const [created] = await db
			.insert(feedbackRequest)
			.values({
				organisationId,
				workerUserId: userId,
				token: newToken(),
				label: REQUEST_LABEL,
				firstName: c.name.replace('Demo: ', ''),
				status: 'closed'
			})
			.returning({ id: feedbackRequest.id });
		for (const [q, day] of days.entries()) {
			const n = c.answers[q];
			const [batch] = await db
				.insert(feedbackBatch)
				.values({ organisationId, workerUserId: userId, releasedOn: nextDay(day), size: n })
				.returning({ id: feedbackBatch.id });
			await db.insert(feedbackResponse).values(
				Array.from({ length: n }, (_, i) => {
					const a = ANSWERS[(index * 2 + q * 3 + i) % ANSWERS.length];
					return {
						requestId: created.id,
						organisationId,
						workerUserId: userId,
						raterType: 'resident' as const,
						language: 'nl',
						scores: a.scores,
						good: a.good,
						better: a.better,
						submittedOn: day,
						batchId: batch.id,
						reordered: true
					};
				})
			);
		}
	}
	for (const [i, workerUserId] of noordSelf.entries()) {
		await db
			.insert(selfRating)
			.values({ organisationId, workerUserId, quarter: last, scores: SELF[i % SELF.length] })
			.onConflictDoNothing();
	}
}
