import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	learningSession,
	learningSessionParticipant,
	membership,
	teamGroup,
	teamGroupMember,
	user
} from '../db/schema';
import { methodSchema } from '../../team/method';
// The JSON file itself, not team/methods.ts (see seed-demo-sessions.ts: the CLI runs outside Vite).
import moreelBeraad from '../../team/methods/moreel-beraad.json';
import { builtInRef, dutchDateTime, dutchDayAndTime } from '../../team/session';

const GROUP = 'Intervisiegroep Noord en Zuid (demo)';
const DAY = 86_400_000;

/**
 * A learning group across teams (issue 16): the demo worker and coach of Team Noord with the
 * facilitator of Team Zuid, and their next session, a moreel beraad in ten days chaired by the coach.
 * Made once: a second run finds the group by its name.
 */
export async function seedDemoGroup(
	tx: Db,
	organisationId: string,
	people: { emails: string[]; chairEmail: string }
): Promise<void> {
	const [existing] = await tx
		.select({ id: teamGroup.id })
		.from(teamGroup)
		.where(and(eq(teamGroup.organisationId, organisationId), eq(teamGroup.name, GROUP)));
	if (existing) return;
	const members = await tx
		.select({ id: membership.id, email: user.email })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), inArray(user.email, people.emails)));
	const chair = members.find((m) => m.email === people.chairEmail)!;
	const [group] = await tx
		.insert(teamGroup)
		.values({
			organisationId,
			name: GROUP,
			description: 'Demo: eens per maand intervisie met collega’s uit twee wijkteams.',
			createdByMembershipId: chair.id
		})
		.returning({ id: teamGroup.id });
	await tx.insert(teamGroupMember).values(members.map((m) => ({ groupId: group.id, membershipId: m.id })));
	const method = methodSchema.parse(moreelBeraad);
	const [session] = await tx
		.insert(learningSession)
		.values({
			organisationId,
			groupId: group.id,
			methodRef: builtInRef(method.slug),
			method,
			theme: 'Melden of niet? (demo)',
			chairMembershipId: chair.id,
			plannedAt: dutchDateTime(dutchDayAndTime(new Date(Date.now() + 10 * DAY)).day, '13:30')
		})
		.returning({ id: learningSession.id });
	await tx
		.insert(learningSessionParticipant)
		.values(members.map((m) => ({ sessionId: session.id, membershipId: m.id })));
}
