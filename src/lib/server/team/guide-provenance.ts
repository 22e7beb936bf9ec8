import { and, desc, eq } from 'drizzle-orm';
import type { UserActor } from '../actor';
import type { Db } from '../db/client';
import {
	adviceSession,
	adviceTopIdea,
	learningSession,
	learningSessionParticipant,
	networkCase,
	networkCaseWorker
} from '../db/schema';
import { AppError } from '../errors';
import { previousQuarter, quarterOf, todayInNL } from '../dates';
import { DIMENSIONS } from '../feedback/questionnaire';
import { dimensionLabel } from '../feedback/dimension-label';
import { formatDate } from '../../format';
import { m } from '../../paraglide/messages';
import { parseProvenanceValue, provenanceValue, type Provenance, type ProvenanceKind } from '../../team/guide';
import type { TeamAccess } from './access';
import { getCodeLinkOptions } from '../code/get-code-link-options';

/** One thing a section can come from: its ref (stored) and what it is called (shown). */
interface ProvenanceOption {
	ref: string;
	label: string;
}

/**
 * A kind of provenance that members can choose, and what the acting member may choose from. Adding a
 * kind is one entry here.
 */
interface ProvenanceSource {
	kind: ProvenanceKind;
	options(actor: UserActor, db: Db, access: TeamAccess): Promise<ProvenanceOption[]>;
}

const MAX_OPTIONS = 50;

/**
 * A learning session of this team that the actor took part in (only participants know what it was
 * about), by its date, method and theme: "3 december 2026 · Incidentmethode".
 */
const session: ProvenanceSource = {
	kind: 'session',
	async options(_actor, db, access) {
		const rows = await db
			.select({
				ref: learningSession.id,
				plannedAt: learningSession.plannedAt,
				method: learningSession.method,
				theme: learningSession.theme
			})
			.from(learningSession)
			.innerJoin(learningSessionParticipant, eq(learningSessionParticipant.sessionId, learningSession.id))
			.where(
				and(eq(learningSession.teamId, access.teamId), eq(learningSessionParticipant.membershipId, access.membershipId))
			)
			.orderBy(desc(learningSession.plannedAt))
			.limit(MAX_OPTIONS);
		return rows.map((row) => ({
			ref: row.ref,
			label: [formatDate(row.plannedAt), row.method.name, row.theme].filter(Boolean).join(' · ')
		}));
	}
};

/** The actor's own open casussen, by their pseudonym only (never a person in the network). */
const casus: ProvenanceSource = {
	kind: 'casus',
	async options(actor, db, access) {
		const rows = await db
			.select({ ref: networkCase.id, label: networkCase.label })
			.from(networkCase)
			.innerJoin(networkCaseWorker, eq(networkCaseWorker.caseId, networkCase.id))
			.where(
				and(
					eq(networkCase.organisationId, access.organisationId),
					eq(networkCase.kind, 'client'),
					eq(networkCase.status, 'open'),
					eq(networkCaseWorker.userId, actor.userId)
				)
			)
			.orderBy(desc(networkCase.updatedAt))
			.limit(MAX_OPTIONS);
		return rows;
	}
};

const quarterLabel = (quarter: string) => {
	const [y, q] = quarter.split('-Q');
	return m.quarter_name({ q, y });
};

/**
 * A theme of the team mirror: a feedback dimension in a quarter (this one and the three before). The
 * team mirror itself decides what the team sees; a theme names a topic, never a figure.
 */
const mirror: ProvenanceSource = {
	kind: 'mirror',
	async options() {
		const quarters = [quarterOf(todayInNL())];
		while (quarters.length < 4) quarters.push(previousQuarter(quarters.at(-1)!));
		return quarters.flatMap((quarter) =>
			DIMENSIONS.map((key) => ({
				ref: `${key}|${quarter}`,
				label: `${dimensionLabel({ key, builtIn: true })} · ${quarterLabel(quarter)}`
			}))
		);
	}
};

/** A top idea of an advice session of the organisation (every member may read the reports). */
const advice: ProvenanceSource = {
	kind: 'advice',
	async options(_actor, db, access) {
		return db
			.select({ ref: adviceTopIdea.id, label: adviceTopIdea.wording })
			.from(adviceTopIdea)
			.innerJoin(adviceSession, eq(adviceSession.id, adviceTopIdea.sessionId))
			.where(eq(adviceSession.organisationId, access.organisationId))
			.orderBy(desc(adviceSession.createdAt), adviceTopIdea.position)
			.limit(MAX_OPTIONS);
	}
};

/**
 * An article of the professional code the organisation's members read (issue 17). The ref is the
 * article's stable id, so the article page finds the guide again in every later version of the code.
 */
const code: ProvenanceSource = {
	kind: 'code',
	async options(actor, db, access) {
		const options = await getCodeLinkOptions(actor, db, { organisationId: access.organisationId });
		return (options?.chapters ?? []).flatMap((c) =>
			c.articles.map((a) => ({
				ref: a.value.slice(2),
				label: [m.code_article_heading({ number: a.number }), a.title].filter(Boolean).join(' ')
			}))
		);
	}
};

const SOURCES: ProvenanceSource[] = [session, casus, mirror, advice, code];

export interface ProvenanceChoice {
	kind: ProvenanceKind;
	options: { value: string; label: string }[];
}

/** What the actor can choose from, per kind, for the provenance select ("eigen inzicht" is always there). */
export async function provenanceChoices(actor: UserActor, db: Db, access: TeamAccess): Promise<ProvenanceChoice[]> {
	const out: ProvenanceChoice[] = [];
	for (const source of SOURCES) {
		const options = await source.options(actor, db, access);
		out.push({
			kind: source.kind,
			options: options.map((o) => ({ value: provenanceValue({ kind: source.kind, ref: o.ref }), label: o.label }))
		});
	}
	return out;
}

/**
 * The provenance a member chose for a section. Something chosen earlier (maybe by a colleague, from
 * their own casus) stays as it was; something new must be one of the actor's own choices, so no one
 * can name another worker's casus or another organisation's top idea by posting its id.
 */
export async function resolveProvenance(
	actor: UserActor,
	db: Db,
	access: TeamAccess,
	input: { value: string; note: string; field: string },
	before: Provenance | null
): Promise<Provenance | null> {
	if (input.value === '') return null;
	if (before && provenanceValue(before) === input.value) return { ...before, note: input.note };
	const parsed = parseProvenanceValue(input.value);
	const invalid = () =>
		new AppError('INVALID_INPUT', m.tguide_error_source(), { [input.field]: m.tguide_error_source() });
	if (!parsed) throw invalid();
	if (parsed.kind === 'own') return { kind: 'own', ref: null, label: '', note: input.note };
	const source = SOURCES.find((s) => s.kind === parsed.kind);
	const option = source && (await source.options(actor, db, access)).find((o) => o.ref === parsed.ref);
	if (!option) throw invalid();
	return { kind: parsed.kind, ref: option.ref, label: option.label, note: input.note };
}
