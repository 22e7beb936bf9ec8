import { and, asc, count, desc, eq, ne } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { teamMember, teamTrialAnswer, teamTrialInstrument, teamTrialUse } from '../db/schema';
import { todayInNL } from '../dates';
import {
	evaluationOpen,
	KEEP_CHOICES,
	trialStatus,
	type InstrumentKind,
	type KeepChoice,
	type TrialStatus
} from '../../team/trial';
import { requireTrialMember } from './trial-access';

interface TrialInstrumentView {
	id: string;
	kind: InstrumentKind;
	name: string;
	description: string;
	/** The picked method ('builtin:…' or 'custom:…'); null for other kinds and older, typed names. */
	methodRef: string | null;
	uses: number;
	/** My own evaluation of it, to fill the form again. */
	mine: { keep: KeepChoice; worked: string; forWhom: string } | null;
	/** The team's results (once the evaluation is open): counts and texts, never who wrote what. */
	results: { keep: Record<KeepChoice, number>; worked: string[]; forWhom: string[] };
}

export interface TrialView {
	id: string;
	teamId: string;
	teamName: string;
	startsOn: string;
	endsOn: string;
	status: TrialStatus;
	canLog: boolean;
	evaluationOpen: boolean;
	conclusion: string;
	concludedAt: Date | null;
	instruments: TrialInstrumentView[];
	/** The latest notes with a use, newest first, without who or which day. */
	notes: { instrumentId: string; note: string }[];
	response: { answered: number; members: number };
}

// Sorted, so the order of the texts says nothing about who answered first.
const sorted = (texts: string[]) => texts.filter(Boolean).sort((a, b) => a.localeCompare(b, 'nl'));

/** One trial for a member of its team: the uses, my evaluation, and (at the end) the team's results. */
export async function getTrial(actor: Actor, db: Db, trialId: string, today = todayInNL()): Promise<TrialView> {
	const { trial, access } = await requireTrialMember(db, actor, trialId);
	const open = evaluationOpen(trial, today);
	const instruments = await db
		.select()
		.from(teamTrialInstrument)
		.where(eq(teamTrialInstrument.trialId, trial.id))
		.orderBy(asc(teamTrialInstrument.position));
	const uses = await db
		.select({ instrumentId: teamTrialUse.instrumentId, n: count() })
		.from(teamTrialUse)
		.where(eq(teamTrialUse.trialId, trial.id))
		.groupBy(teamTrialUse.instrumentId);
	const notes = await db
		.select({ instrumentId: teamTrialUse.instrumentId, note: teamTrialUse.note })
		.from(teamTrialUse)
		.where(and(eq(teamTrialUse.trialId, trial.id), ne(teamTrialUse.note, '')))
		.orderBy(desc(teamTrialUse.usedOn))
		.limit(30);
	const answers = await db
		.select()
		.from(teamTrialAnswer)
		.where(eq(teamTrialAnswer.trialId, trial.id))
		.orderBy(asc(teamTrialAnswer.instrumentId));
	const [{ members }] = await db
		.select({ members: count() })
		.from(teamMember)
		.where(eq(teamMember.teamId, trial.teamId));
	const answered = new Set(answers.map((a) => a.membershipId)).size;

	return {
		id: trial.id,
		teamId: trial.teamId,
		teamName: access.teamName,
		startsOn: trial.startsOn,
		endsOn: trial.endsOn,
		status: trialStatus(trial, today),
		canLog: today >= trial.startsOn && today <= trial.endsOn,
		evaluationOpen: open,
		conclusion: trial.conclusion,
		concludedAt: trial.concludedAt,
		notes,
		response: { answered, members: Math.max(members, answered) },
		instruments: instruments.map((i) => {
			const mine = answers.find((a) => a.instrumentId === i.id && a.membershipId === access.membershipId);
			const all = open ? answers.filter((a) => a.instrumentId === i.id) : [];
			const keep = Object.fromEntries(KEEP_CHOICES.map((k) => [k, all.filter((a) => a.keep === k).length])) as Record<
				KeepChoice,
				number
			>;
			return {
				id: i.id,
				kind: i.kind as InstrumentKind,
				name: i.name,
				description: i.description,
				methodRef: i.methodRef,
				uses: uses.find((u) => u.instrumentId === i.id)?.n ?? 0,
				mine: mine ? { keep: mine.keep as KeepChoice, worked: mine.worked, forWhom: mine.forWhom } : null,
				results: { keep, worked: sorted(all.map((a) => a.worked)), forWhom: sorted(all.map((a) => a.forWhom)) }
			};
		})
	};
}
