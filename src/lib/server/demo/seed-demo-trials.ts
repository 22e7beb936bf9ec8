import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { membership, practiceStory, team, teamTrial, teamTrialInstrument, teamTrialUse, user } from '../db/schema';
import { todayInNL } from '../dates';

const DEMO_TEAM = 'Team Noord';

const addDays = (day: string, days: number) => {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
};

// Invented demo stories ("wat werkt"), without any client data.
const STORIES = [
	{
		email: 'coach@demo.vakspiegel.example',
		showName: true,
		title: 'De netwerkcirkel op de keukentafel',
		body: 'Ik neem de netwerkcirkel op A3 mee naar huisbezoeken. De gesprekken gaan daardoor minder over problemen en meer over wie er al is. Een moeder ontdekte zelf dat haar buurvrouw vaker wil helpen.',
		instrument: 'netwerkcirkel',
		themes: 'netwerk, huisbezoek'
	},
	{
		email: 'werker@demo.vakspiegel.example',
		showName: false,
		title: 'Eerst vragen, dan pas helpen',
		body: 'Ik schoot vaak meteen in de hulpverleningsreflex. Nu stel ik eerst drie vragen over het netwerk. Het gesprek duurt niet langer, maar de afspraken worden beter.',
		instrument: 'groslijst',
		themes: 'gesprek, werkdruk'
	}
];

/**
 * Demo data for issue 16's trials and "wat werkt": a running trial of Team Noord (the ecogram and a
 * team's own instrument, two weeks in, with logged uses) and two stories. Idempotent: a second run
 * finds the trial and the stories and adds nothing.
 */
export async function seedDemoTrials(tx: Db, organisationId: string): Promise<void> {
	const [noord] = await tx
		.select({ id: team.id })
		.from(team)
		.where(and(eq(team.organisationId, organisationId), eq(team.name, DEMO_TEAM)));
	if (!noord) return;
	const [existing] = await tx.select({ id: teamTrial.id }).from(teamTrial).where(eq(teamTrial.teamId, noord.id));
	if (!existing) {
		const today = todayInNL();
		const [trial] = await tx
			.insert(teamTrial)
			.values({ organisationId, teamId: noord.id, startsOn: addDays(today, -14), endsOn: addDays(today, 14) })
			.returning({ id: teamTrial.id });
		const [ecogram, coffee] = await tx
			.insert(teamTrialInstrument)
			.values([
				{ trialId: trial.id, position: 0, kind: 'ecogram', name: '', description: '' },
				{
					trialId: trial.id,
					position: 1,
					kind: 'own',
					name: 'Koffiegesprek na een huisbezoek',
					description: 'Een kwartier samen terugkijken: wat zag je in het netwerk?'
				}
			])
			.returning({ id: teamTrialInstrument.id });
		const uses: [string, number, string][] = [
			[ecogram.id, -12, 'Liet de spanning in de familie goed zien'],
			[ecogram.id, -9, ''],
			[ecogram.id, -3, 'Kostte meer tijd dan gedacht'],
			[coffee.id, -10, ''],
			[coffee.id, -2, 'Goed om even samen stil te staan']
		];
		await tx.insert(teamTrialUse).values(
			uses.map(([instrumentId, offset, note]) => ({
				trialId: trial.id,
				instrumentId,
				usedOn: addDays(today, offset),
				source: 'tap',
				note
			}))
		);
	}
	for (const s of STORIES) {
		const [author] = await tx
			.select({ id: membership.id })
			.from(membership)
			.innerJoin(user, eq(user.id, membership.userId))
			.where(and(eq(membership.organisationId, organisationId), eq(user.email, s.email)));
		const [found] = await tx
			.select({ id: practiceStory.id })
			.from(practiceStory)
			.where(and(eq(practiceStory.organisationId, organisationId), eq(practiceStory.title, s.title)));
		if (found || !author) continue;
		await tx.insert(practiceStory).values({
			organisationId,
			authorMembershipId: author.id,
			showName: s.showName,
			title: s.title,
			body: s.body,
			instrument: s.instrument,
			themes: s.themes
		});
	}
}
