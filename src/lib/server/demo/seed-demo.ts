import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { insertUserWithPassword, replacePassword } from '../auth/users';
import type { Db } from '../db/client';
import { membership, organisation, team, teamMember, user, type Role } from '../db/schema';
import { forbidden } from '../errors';
import { seedDemoAdvice, type DemoAdvice } from './seed-demo-advice';
import { seedDemoFeedback, type DemoFeedback } from './seed-demo-feedback';
import { seedDemoCode } from './seed-demo-code';
import { seedDemoCodeLinks } from './seed-demo-code-links';
import { seedDemoCodeRound } from './seed-demo-code-round';
import { seedDemoGuide } from './seed-demo-guide';
import { seedDemoMethods } from './seed-demo-methods';
import { seedDemoNetwork, type DemoNetwork } from './seed-demo-network';
import { seedDemoGroup } from './seed-demo-group';
import { seedDemoPortfolioLog } from './seed-demo-portfolio-log';
import { seedDemoSessions, type DemoTeamSessions } from './seed-demo-sessions';
import { seedDemoTeamMirror } from './seed-demo-team-mirror';
import { seedDemoTrials } from './seed-demo-trials';
import { seedDemoPortfolioGoals } from './seed-demo-portfolio-goals';

const DEMO_ORGANISATION = 'Wijkteam Voorbeeldstad (demo)';

const DEMO_USERS: { email: string; name: string; roles: Role[]; teams: string[] }[] = [
	{ email: 'werker@demo.vakspiegel.example', name: 'Sanne de Vries', roles: ['worker'], teams: ['Team Noord'] },
	{ email: 'coach@demo.vakspiegel.example', name: 'Ahmed Bakker', roles: ['coach', 'worker'], teams: ['Team Noord'] },
	{ email: 'facilitator@demo.vakspiegel.example', name: 'Lotte Jansen', roles: ['facilitator'], teams: ['Team Zuid'] },
	{ email: 'beheer@demo.vakspiegel.example', name: 'Peter Smit', roles: ['admin'], teams: [] },
	// Editor of the professional code (issue 17): opens and closes consultation rounds.
	{ email: 'redacteur@demo.vakspiegel.example', name: 'Femke Visser', roles: ['redacteur'], teams: [] }
];
const DEMO_TEAMS = [
	{ name: 'Team Noord', description: 'Demo: wijkteam voor de wijken Noord en Oost.' },
	{ name: 'Team Zuid', description: 'Demo: wijkteam voor de wijken Zuid en West.' }
];

/** What `vakspiegel seed-demo --json` prints. Later capabilities add their own keys. */
export interface DemoSeed {
	organisationId: string;
	users: { email: string; password: string; name: string; roles: Role[] }[];
	feedback: DemoFeedback;
	advice: DemoAdvice;
	network: DemoNetwork;
	team: DemoTeamSessions & { guide: string | null };
	[capability: string]: unknown;
}

function demoPassword(): string {
	// Unambiguous letters and digits, in groups that are easy to type from a terminal.
	const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
	const bytes = randomBytes(12);
	const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
	return `demo-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/**
 * Makes sure the demo organisation exists and gives every demo account a new random password, which
 * is returned (and printed) once: no fixed demo password exists that could be tried elsewhere.
 */
export async function seedDemo(actor: Actor, db: Db): Promise<DemoSeed> {
	if (actor.kind !== 'system') throw forbidden();
	return db.transaction(async (tx) => {
		let [org] = await tx
			.select({ id: organisation.id })
			.from(organisation)
			.where(and(eq(organisation.name, DEMO_ORGANISATION), eq(organisation.isDemo, true)));
		if (!org) {
			[org] = await tx
				.insert(organisation)
				.values({ name: DEMO_ORGANISATION, isDemo: true, contactEmail: 'beheer@demo.vakspiegel.example' })
				.returning({ id: organisation.id });
			await writeAudit(tx, actor, {
				organisationId: org.id,
				action: 'demo.seed',
				subjectType: 'organisation',
				subjectId: org.id
			});
		}
		const teams = await tx.select().from(team).where(eq(team.organisationId, org.id));
		for (const t of DEMO_TEAMS) {
			if (!teams.some((x) => x.name === t.name)) {
				const [created] = await tx
					.insert(team)
					.values({ organisationId: org.id, ...t })
					.returning();
				teams.push(created);
			}
		}
		const users: DemoSeed['users'] = [];
		const userIds: Record<string, string> = {};
		for (const u of DEMO_USERS) {
			const password = demoPassword();
			const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, u.email));
			const userId = existing?.id ?? (await insertUserWithPassword(tx, { ...u, password })).id;
			if (existing) await replacePassword(tx, userId, password);
			let [member] = await tx
				.select({ id: membership.id })
				.from(membership)
				.where(and(eq(membership.organisationId, org.id), eq(membership.userId, userId)));
			if (!member) {
				[member] = await tx
					.insert(membership)
					.values({ organisationId: org.id, userId, roles: u.roles })
					.returning({ id: membership.id });
			} else {
				await tx.update(membership).set({ roles: u.roles }).where(eq(membership.id, member.id));
			}
			const teamIds = teams.filter((t) => u.teams.includes(t.name)).map((t) => t.id);
			if (teamIds.length) {
				await tx
					.insert(teamMember)
					.values(teamIds.map((teamId) => ({ teamId, membershipId: member.id })))
					.onConflictDoNothing();
			}
			users.push({ email: u.email, password, name: u.name, roles: u.roles });
			userIds[u.email] = userId;
		}
		const worker = DEMO_USERS[0];
		const feedback = await seedDemoFeedback(tx, org.id, {
			id: userIds[worker.email],
			email: worker.email,
			firstName: worker.name.split(' ')[0]
		});
		const facilitator = DEMO_USERS.find((u) => u.roles.includes('facilitator'))!;
		const advice = await seedDemoAdvice(tx, org.id, { id: userIds[facilitator.email], email: facilitator.email });
		const network = await seedDemoNetwork(tx, org.id, { id: userIds[worker.email], email: worker.email });
		const coach = DEMO_USERS.find((u) => u.roles.includes('coach'))!;
		await seedDemoMethods(tx, org.id, {
			teamId: teams.find((t) => t.name === 'Team Noord')!.id,
			coachUserId: userIds[coach.email]
		});
		const guide = await seedDemoGuide(tx, org.id, {
			teamName: 'Team Noord',
			writer: userIds[worker.email],
			coach: userIds[coach.email],
			casePath: network.casePath
		});
		// Team mirror: demo colleagues with answers (Team Noord shows, Team Zuid stays hidden); no JSON key.
		const noord = DEMO_USERS.filter((u) => u.teams.includes('Team Noord') && u.roles.includes('worker'));
		await seedDemoTeamMirror(
			tx,
			org.id,
			teams,
			noord.map((u) => userIds[u.email])
		);
		await seedDemoTrials(tx, org.id);
		const teamPart = await seedDemoSessions(tx, org.id, { workerEmail: worker.email, coachEmail: coach.email });
		await seedDemoGroup(tx, org.id, {
			emails: [worker.email, coach.email, facilitator.email],
			chairEmail: coach.email
		});
		const sampleCode = await seedDemoCode(tx, org.id);
		// The round's reactions come from colleagues, not from the demo worker (who can try it fresh).
		const editor = DEMO_USERS.find((u) => u.roles.includes('redacteur'))!;
		const colleagues = DEMO_USERS.filter((u) => u !== worker).map((u) => ({
			kind: 'user' as const,
			userId: userIds[u.email],
			email: u.email,
			name: u.name
		}));
		const workerActor = {
			kind: 'user' as const,
			userId: userIds[worker.email],
			email: worker.email,
			name: worker.name
		};
		const round = sampleCode ? await seedDemoCodeRound(tx, org.id, colleagues, workerActor) : null;
		const code = sampleCode
			? { ...sampleCode, editor: editor.email, round: round?.round ?? null, closedRound: round?.closedRound ?? null }
			: null;
		await seedDemoCodeLinks(tx, org.id, userIds[worker.email]);
		// The activity log (issue 19): after the learning group, whose sessions it logs.
		await seedDemoPortfolioLog(tx, org.id, workerActor, {
			coachEmail: coach.email,
			facilitatorEmail: facilitator.email
		});
		// The development plan (issue 19): after the mirror, the code links and the sessions it points at.
		const portfolio = await seedDemoPortfolioGoals(tx, org.id, { workerEmail: worker.email, coachEmail: coach.email });
		return { organisationId: org.id, users, feedback, advice, network, team: { ...teamPart, guide }, code, portfolio };
	});
}
