import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { createTestDatabase, testEngine, type TestDatabase } from '../testing/test-db';
import { addTeam, addWorker, createOrgFixture, type OrgFixture } from '../testing/fixtures';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import { practiceStory, team, teamTrial, teamTrialAnswer, teamTrialInstrument, teamTrialUse } from '../db/schema';
import { AppError } from '../errors';
import { todayInNL, nextDay } from '../dates';
import { startTrial } from './start-trial';
import { copyMethod } from './copy-method';
import { findTrials } from './find-trials';
import { getTrial } from './get-trial';
import { logTrialUse } from './log-trial-use';
import { submitTrialEvaluation } from './submit-trial-evaluation';
import { concludeTrial } from './conclude-trial';
import { findTrialOffers } from './find-trial-offers';
import { createPracticeStory } from './create-practice-story';
import { findPracticeStories } from './find-practice-stories';
import { getPracticeStory } from './get-practice-story';
import { updatePracticeStory } from './update-practice-story';
import { deletePracticeStory } from './delete-practice-story';
import { seedDemoTrials } from '../demo/seed-demo-trials';

// Issue 16: instrument trials (seed 003) and the "wat werkt" library. The team's trial is for the
// team's members only; a story is for the whole organisation and changed by its writer only.
let tdb: TestDatabase;
let db: Db;
let a: OrgFixture;
let b: OrgFixture;
let otherTeamWorker: UserActor;
let otherTeamId: string;
const today = todayInNL();

async function rejects(work: Promise<unknown>, code: string) {
	const e = await work.then(
		() => null,
		(err: unknown) => err
	);
	expect(e, `expected ${code}`).toBeInstanceOf(AppError);
	expect((e as AppError).code).toBe(code);
}

const trialInput = (teamId: string, startsOn = today, endsOn = nextDay(today)) => ({
	teamId,
	startsOn,
	endsOn,
	tools: ['netwerkcirkel', 'ecogram'] as ('netwerkcirkel' | 'ecogram')[],
	methodRef: '',
	ownName: 'Koffiegesprek',
	ownDescription: 'Een kwartier samen terugkijken'
});

beforeAll(async () => {
	tdb = await createTestDatabase();
	db = tdb.database.db;
	a = await createOrgFixture(db, 'A');
	b = await createOrgFixture(db, 'B');
	// A second team in organisation A, with a worker of its own.
	otherTeamId = await addTeam(db, { organisationId: a.organisationId, name: 'A team twee' });
	otherTeamWorker = await addWorker(db, { organisationId: a.organisationId, teamId: otherTeamId, label: 'Ander team' });
}, 60_000);

afterAll(async () => {
	await tdb?.cleanup();
});

describe('instrument trials', () => {
	it('a member starts a trial of 2–3 instruments; the team sees it, with its uses', async () => {
		const { id } = await startTrial(a.worker, db, a.teamId, trialInput(a.teamId));
		const list = await findTrials(a.coach, db, a.teamId);
		expect(list.map((t) => t.id)).toContain(id);
		const trial = await getTrial(a.coach, db, id);
		expect(trial.instruments.map((i) => i.kind)).toEqual(['netwerkcirkel', 'ecogram', 'own']);
		expect(trial.canLog).toBe(true);
		await logTrialUse(
			a.coach,
			db,
			{ trialId: id, instrumentId: trial.instruments[0].id },
			{ note: 'Werkte goed', source: 'tap' }
		);
		await logTrialUse(
			a.worker,
			db,
			{ trialId: id, instrumentId: trial.instruments[0].id },
			{ note: '', source: 'instrument' }
		);
		const after = await getTrial(a.worker, db, id);
		expect(after.instruments[0].uses).toBe(2);
		expect((await findTrials(a.worker, db, a.teamId)).find((t) => t.id === id)?.uses).toBe(2);
		expect(after.notes).toEqual([{ instrumentId: trial.instruments[0].id, note: 'Werkte goed' }]);
	});

	it('a use log holds no case id and no person: only trial, instrument, day, source and note', async () => {
		const rows = await db.execute(
			sql`select column_name from information_schema.columns where table_name = 'team_trial_use' order by column_name`
		);
		const columns = (Array.isArray(rows) ? rows : (rows as { rows: { column_name: string }[] }).rows).map(
			(r) => (r as { column_name: string }).column_name
		);
		expect(columns).toEqual(['id', 'instrument_id', 'note', 'source', 'trial_id', 'used_on']);
	});

	it('another team, the admin outside the team and another organisation cannot read or change a trial', async () => {
		const { id } = await startTrial(a.coach, db, a.teamId, trialInput(a.teamId));
		const trial = await getTrial(a.coach, db, id);
		const instrumentId = trial.instruments[0].id;
		for (const stranger of [otherTeamWorker, a.admin, b.worker, b.admin]) {
			await rejects(getTrial(stranger, db, id), 'NOT_FOUND');
			await rejects(findTrials(stranger, db, a.teamId), 'NOT_FOUND');
			await rejects(startTrial(stranger, db, a.teamId, trialInput(a.teamId)), 'NOT_FOUND');
			await rejects(
				logTrialUse(stranger, db, { trialId: id, instrumentId }, { note: 'x', source: 'tap' }),
				'NOT_FOUND'
			);
			await rejects(
				submitTrialEvaluation(
					stranger,
					db,
					id,
					[{ instrumentId, keep: 'nee', worked: 'x', forWhom: '' }],
					'2099-01-01'
				),
				'NOT_FOUND'
			);
			await rejects(concludeTrial(stranger, db, id, { conclusion: 'Overgenomen' }, '2099-01-01'), 'NOT_FOUND');
			expect(await findTrialOffers(stranger, db, a.organisationId, { kind: 'netwerkcirkel' })).toEqual([]);
		}
		const [{ n }] = await db.select({ n: count() }).from(teamTrialUse).where(eq(teamTrialUse.trialId, id));
		expect(n).toBe(0);
		const [row] = await db.select().from(teamTrial).where(eq(teamTrial.id, id));
		expect(row.conclusion).toBe('');
		// A member sees the offer on the netwerkcirkel page; nobody gets one for a tool not in the trial.
		expect(
			(await findTrialOffers(a.worker, db, a.organisationId, { kind: 'netwerkcirkel' })).map((o) => o.trialId)
		).toContain(id);
		expect(await findTrialOffers(a.worker, db, a.organisationId, { kind: 'plan' })).toEqual([]);
	});

	it("picks the method from the team's list (built-in, the team's own); another team's method is refused; old typed names stay readable", async () => {
		const own = await copyMethod(a.worker, db, { teamId: a.teamId, ref: 'builtin:balint' });
		const others = await copyMethod(otherTeamWorker, db, { teamId: otherTeamId, ref: 'builtin:troika' });
		const base = { ...trialInput(a.teamId), tools: ['ecogram' as const], ownName: '', ownDescription: '' };
		const { id } = await startTrial(a.worker, db, a.teamId, { ...base, methodRef: 'builtin:roddelmethode' });
		let view = await getTrial(a.worker, db, id, today);
		expect(view.instruments.map((i) => [i.kind, i.name, i.methodRef])).toEqual([
			['ecogram', '', null],
			['method', 'Roddelmethode', 'builtin:roddelmethode']
		]);
		const { id: ownId } = await startTrial(a.worker, db, a.teamId, { ...base, methodRef: `custom:${own.id}` });
		expect((await getTrial(a.worker, db, ownId, today)).instruments[1].methodRef).toBe(`custom:${own.id}`);
		await rejects(startTrial(a.worker, db, a.teamId, { ...base, methodRef: `custom:${others.id}` }), 'INVALID_INPUT');
		await rejects(startTrial(a.worker, db, a.teamId, { ...base, methodRef: 'builtin:bestaat-niet' }), 'INVALID_INPUT');
		// A row from before the pick (a typed name, no ref) still reads as "Methode: <name>".
		await db
			.update(teamTrialInstrument)
			.set({ name: 'Balint zoals wij het doen', methodRef: null })
			.where(and(eq(teamTrialInstrument.trialId, id), eq(teamTrialInstrument.kind, 'method')));
		view = await getTrial(a.worker, db, id, today);
		expect(view.instruments[1]).toMatchObject({ kind: 'method', name: 'Balint zoals wij het doen', methodRef: null });
	});

	it('a feedback request and a session with the tried method offer "Telt mee" to the team only', async () => {
		const base = { ...trialInput(a.teamId), tools: ['feedback' as const], ownName: '', ownDescription: '' };
		const { id } = await startTrial(a.worker, db, a.teamId, { ...base, methodRef: 'builtin:troika' });
		const offered = async (actor: UserActor, instrument: Parameters<typeof findTrialOffers>[3]) =>
			(await findTrialOffers(actor, db, a.organisationId, instrument)).map((o) => o.trialId);
		expect(await offered(a.worker, { kind: 'feedback' })).toContain(id);
		expect(await offered(a.worker, { methodRef: 'builtin:troika' })).toContain(id);
		// Another method, or the method's name typed as an own instrument, is not this trial's.
		expect(await offered(a.worker, { methodRef: 'builtin:balint' })).not.toContain(id);
		// Another team of the organisation and another organisation get nothing of it.
		expect(await offered(otherTeamWorker, { methodRef: 'builtin:troika' })).not.toContain(id);
		expect(await offered(otherTeamWorker, { kind: 'feedback' })).not.toContain(id);
		expect(await findTrialOffers(b.worker, db, a.organisationId, { kind: 'feedback' })).toEqual([]);
		// Counted from the instrument, the use holds the day and the source only.
		const instrument = (await getTrial(a.worker, db, id, today)).instruments.find((i) => i.kind === 'method')!;
		await logTrialUse(a.worker, db, { trialId: id, instrumentId: instrument.id }, { note: '', source: 'instrument' });
		const [use] = await db.select().from(teamTrialUse).where(eq(teamTrialUse.trialId, id));
		expect(use).toMatchObject({ instrumentId: instrument.id, source: 'instrument', note: '', usedOn: today });
		// After the last day nothing is offered any more.
		expect(
			(await findTrialOffers(a.worker, db, a.organisationId, { kind: 'feedback' }, nextDay(nextDay(today)))).map(
				(o) => o.trialId
			)
		).not.toContain(id);
	});

	it("an instrument of another team's trial cannot be logged through one's own trial", async () => {
		const mine = await startTrial(a.worker, db, a.teamId, trialInput(a.teamId));
		const theirs = await startTrial(b.worker, db, b.teamId, trialInput(b.teamId));
		const theirInstrument = (await getTrial(b.worker, db, theirs.id)).instruments[0].id;
		await rejects(
			logTrialUse(a.worker, db, { trialId: mine.id, instrumentId: theirInstrument }, { note: '', source: 'tap' }),
			'NOT_FOUND'
		);
		const [{ n }] = await db
			.select({ n: count() })
			.from(teamTrialUse)
			.where(eq(teamTrialUse.instrumentId, theirInstrument));
		expect(n).toBe(0);
	});

	it('uses only during the trial; the evaluation opens on the end day; the team sees results without names', async () => {
		const { id } = await startTrial(a.worker, db, a.teamId, trialInput(a.teamId, '2026-01-05', '2026-02-05'));
		const before = await getTrial(a.worker, db, id, '2026-02-04');
		const answers = (keep: 'ja' | 'misschien' | 'nee', worked: string) =>
			before.instruments.map((i) => ({ instrumentId: i.id, keep, worked, forWhom: '' }));
		await rejects(submitTrialEvaluation(a.worker, db, id, answers('ja', 'x'), '2026-02-04'), 'CONFLICT');
		await rejects(
			logTrialUse(
				a.worker,
				db,
				{ trialId: id, instrumentId: before.instruments[0].id },
				{ note: '', source: 'tap' },
				'2026-02-06'
			),
			'CONFLICT'
		);
		await submitTrialEvaluation(a.worker, db, id, answers('ja', 'Zo zag de inwoner zijn netwerk'), '2026-02-05');
		await submitTrialEvaluation(a.coach, db, id, answers('nee', 'Kostte veel tijd'), '2026-02-06');
		// Sending again replaces, it does not add.
		await submitTrialEvaluation(a.coach, db, id, answers('misschien', 'Kostte veel tijd'), '2026-02-06');
		const view = await getTrial(a.coach, db, id, '2026-02-06');
		expect(view.response).toEqual({ answered: 2, members: 2 });
		expect(view.instruments[0].results.keep).toEqual({ ja: 1, misschien: 1, nee: 0 });
		expect(view.instruments[0].results.worked).toEqual(['Kostte veel tijd', 'Zo zag de inwoner zijn netwerk']);
		expect(view.instruments[0].mine?.keep).toBe('misschien');
		expect(JSON.stringify(view)).not.toContain(a.worker.userId);
		expect(JSON.stringify(view)).not.toContain(a.worker.name);
		await rejects(getTrial(otherTeamWorker, db, id, '2026-02-06'), 'NOT_FOUND');
		await rejects(getTrial(b.coach, db, id, '2026-02-06'), 'NOT_FOUND');
		const [{ n }] = await db.select({ n: count() }).from(teamTrialAnswer).where(eq(teamTrialAnswer.trialId, id));
		expect(n).toBe(6);
		await concludeTrial(a.worker, db, id, { conclusion: 'De netwerkcirkel houden we.' }, '2026-02-06');
		expect((await getTrial(a.coach, db, id, '2026-02-06')).conclusion).toBe('De netwerkcirkel houden we.');
	});
});

describe('wat werkt', () => {
	const story = (title: string, body: string, extra: Partial<{ showName: boolean; trialId: string | null }> = {}) => ({
		title,
		body,
		instrument: 'netwerkcirkel' as const,
		themes: 'netwerk, gesprek',
		showName: false,
		trialId: null,
		...extra
	});

	it('is visible to the organisation, with the name only when the writer chose so', async () => {
		const anon = await createPracticeStory(a.worker, db, a.organisationId, story('Anoniem verhaal', 'Tekst'));
		const named = await createPracticeStory(
			a.worker,
			db,
			a.organisationId,
			story('Met naam', 'Tekst', { showName: true })
		);
		const seen = await findPracticeStories(otherTeamWorker, db, a.organisationId, { q: '', instrument: '' });
		expect(seen.find((s) => s.id === anon.id)?.author).toBeNull();
		expect(seen.find((s) => s.id === named.id)?.author).toBe(a.worker.name);
		expect((await getPracticeStory(a.admin, db, a.organisationId, anon.id)).author).toBeNull();
		expect(JSON.stringify(await getPracticeStory(a.coach, db, a.organisationId, anon.id))).not.toContain(a.worker.name);
	});

	it('another organisation cannot read, change or delete a story; a colleague cannot change or delete it', async () => {
		const { id } = await createPracticeStory(a.worker, db, a.organisationId, story('Van A', 'Tekst van A'));
		expect(
			(await findPracticeStories(b.worker, db, b.organisationId, { q: '', instrument: '' })).map((s) => s.id)
		).not.toContain(id);
		await rejects(findPracticeStories(b.worker, db, a.organisationId, { q: '', instrument: '' }), 'NOT_FOUND');
		await rejects(getPracticeStory(b.worker, db, b.organisationId, id), 'NOT_FOUND');
		await rejects(getPracticeStory(b.worker, db, a.organisationId, id), 'NOT_FOUND');
		await rejects(updatePracticeStory(b.worker, db, id, story('Overgenomen', 'x')), 'NOT_FOUND');
		await rejects(deletePracticeStory(b.admin, db, id), 'NOT_FOUND');
		await rejects(updatePracticeStory(a.coach, db, id, story('Overgenomen', 'x')), 'FORBIDDEN');
		await rejects(deletePracticeStory(a.admin, db, id), 'FORBIDDEN');
		const [row] = await db.select().from(practiceStory).where(eq(practiceStory.id, id));
		expect(row.title).toBe('Van A');
		await updatePracticeStory(a.worker, db, id, story('Van A, beter', 'Tekst'));
		await deletePracticeStory(a.worker, db, id);
		expect(await db.select().from(practiceStory).where(eq(practiceStory.id, id))).toEqual([]);
	});

	it("a story from a trial only by a member of the trial's team", async () => {
		const { id } = await startTrial(a.worker, db, a.teamId, trialInput(a.teamId));
		await rejects(
			createPracticeStory(otherTeamWorker, db, a.organisationId, story('Uit andermans proef', 'x', { trialId: id })),
			'NOT_FOUND'
		);
		const made = await createPracticeStory(
			a.coach,
			db,
			a.organisationId,
			story('Uit onze proef', 'x', { trialId: id })
		);
		expect((await getPracticeStory(a.worker, db, a.organisationId, made.id)).fromTrial).toBe(true);
	});

	it(`Dutch full-text search finds "gesprekken" for "gesprek" (${testEngine()})`, async () => {
		const { id } = await createPracticeStory(
			a.coach,
			db,
			a.organisationId,
			story('Keukentafel', 'Wij voerden de gesprekken met gezinnen aan de keukentafel.', { showName: true })
		);
		const found = await findPracticeStories(a.worker, db, a.organisationId, { q: 'gesprek', instrument: '' });
		expect(found.map((s) => s.id)).toContain(id);
		const foundByTitle = await findPracticeStories(a.worker, db, a.organisationId, {
			q: 'keukentafels',
			instrument: ''
		});
		expect(foundByTitle.map((s) => s.id)).toEqual([id]);
		expect(await findPracticeStories(a.worker, db, a.organisationId, { q: 'werkdruk', instrument: '' })).toEqual([]);
		expect(await findPracticeStories(a.worker, db, a.organisationId, { q: 'gesprek', instrument: 'plan' })).toEqual([]);
		// The other organisation's search never reaches A's stories.
		expect(await findPracticeStories(b.worker, db, b.organisationId, { q: 'gesprek', instrument: '' })).toEqual([]);
	});
});

describe('demo data', () => {
	it('a running trial with logged uses, seeded once: a second run adds nothing', async () => {
		const [noord] = await db.insert(team).values({ organisationId: b.organisationId, name: 'Team Noord' }).returning();
		await seedDemoTrials(db, b.organisationId);
		await seedDemoTrials(db, b.organisationId);
		const trials = await db.select().from(teamTrial).where(eq(teamTrial.teamId, noord.id));
		expect(trials).toHaveLength(1);
		const [{ n }] = await db.select({ n: count() }).from(teamTrialUse).where(eq(teamTrialUse.trialId, trials[0].id));
		expect(n).toBe(5);
		expect(trials[0].startsOn < today && today < trials[0].endsOn).toBe(true);
	});
});
