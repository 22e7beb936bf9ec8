import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { adviceParticipant, adviceSession, adviceTheme, adviceVote, type AdvicePhase } from '../db/schema';
import { isUuid, type AdviceSessionId } from '../ids';
import { hashToken } from '../tokens';
import { normaliseJoinCode } from './join-code';
import { publishVotesChanged } from './live';
import { requirePhase } from './participant';
import { ParticipantError } from './participant-error';

/** `votes_version` is an int column: a posted version past it would reach PostgreSQL as an error. */
export const MAX_VOTES_VERSION = 2_147_483_646;
/** Far above any session's dots: a larger number is no vote, and the sum stays a safe integer. */
export const MAX_DOTS_ON_ONE_THEME = 1000;

/**
 * A participant places all their dots at once: theme id → dots. The whole distribution replaces the
 * previous one, only if `version` is the one the form was made with; so a replayed or an old form is
 * refused, and the dots can never be exceeded or spent twice.
 *
 * Votes come by the thousand in a meeting, so it is one statement: find the session and the
 * participant, check the phase, the number of dots and that every theme belongs to the session, claim
 * the version and replace the dots; all of it or nothing. What it found says which rule was broken.
 * The live streams hear of votes a few times a second, not per vote.
 */
export async function castAdviceVotes(
	code: string,
	db: Db,
	input: { secret: string | undefined; version: number; dots: Record<string, number> }
): Promise<{ version: number }> {
	const normal = normaliseJoinCode(code);
	if (!normal) throw new ParticipantError({ reason: 'codeUnknown' });
	if (
		Object.entries(input.dots).some(
			([id, n]) => !isUuid(id) || !Number.isSafeInteger(n) || n < 0 || n > MAX_DOTS_ON_ONE_THEME
		)
	) {
		throw new ParticipantError({ reason: 'dotsInvalid' });
	}
	if (!Number.isSafeInteger(input.version) || input.version < 0 || input.version > MAX_VOTES_VERSION) {
		throw new ParticipantError({ reason: 'votesChanged' });
	}
	const chosen = Object.entries(input.dots).filter(([, n]) => n > 0);
	const total = chosen.reduce((sum, [, n]) => sum + n, 0);
	// Checked above: uuids and integers only, so these array literals are safe as text parameters.
	const themeIds = `{${chosen.map(([id]) => id).join(',')}}`;
	const dots = `{${chosen.map(([, n]) => n).join(',')}}`;
	const [found] = rowsOf<{
		sessionId: AdviceSessionId;
		phase: AdvicePhase;
		dotsPerPerson: number;
		participantId: string | null;
		known: number;
		version: number | null;
	}>(
		await db.execute(sql`
			with s as (
				select id, phase, dots_per_person from ${adviceSession} where code = ${normal}
			), p as (
				select id from ${adviceParticipant}
				where session_id = (select id from s) and secret_hash = ${input.secret ? hashToken(input.secret) : ''}
			), chosen as (
				select theme_id, dots from unnest(${themeIds}::uuid[], ${dots}::int[]) as t(theme_id, dots)
			), known as (
				select count(*)::int as n from ${adviceTheme}
				where session_id = (select id from s) and id in (select theme_id from chosen)
			), claimed as (
				update ${adviceParticipant} set votes_version = votes_version + 1
				where id = (select id from p) and votes_version = ${input.version}
					and (select phase from s) = 'voting'
					and ${total} <= (select dots_per_person from s)
					and (select n from known) = ${chosen.length}
				returning votes_version
			), removed as (
				delete from ${adviceVote}
				where participant_id = (select id from p) and theme_id <> all(${themeIds}::uuid[])
					and exists (select 1 from claimed)
			), placed as (
				insert into ${adviceVote} (participant_id, theme_id, session_id, dots)
				select (select id from p), theme_id, (select id from s), dots from chosen
				where exists (select 1 from claimed)
				on conflict (participant_id, theme_id) do update set dots = excluded.dots
			)
			select s.id as "sessionId", s.phase, s.dots_per_person as "dotsPerPerson",
				(select id from p) as "participantId", (select n from known) as known,
				(select votes_version from claimed) as version
			from s
		`)
	);
	if (!found) throw new ParticipantError({ reason: 'codeUnknown' });
	if (!found.participantId) throw new ParticipantError({ reason: 'joinFirst' });
	requirePhase(found, 'voting', 'votingPhase');
	if (total > found.dotsPerPerson) {
		throw new ParticipantError({
			reason: 'dotsTooMany',
			max: found.dotsPerPerson,
			total,
			extra: total - found.dotsPerPerson
		});
	}
	if (found.known !== chosen.length) throw new ParticipantError({ reason: 'unknownItem' });
	if (found.version === null) throw new ParticipantError({ reason: 'votesChanged' });
	await publishVotesChanged(db, found.sessionId);
	return { version: found.version };
}
