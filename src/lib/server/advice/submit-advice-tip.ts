import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { adviceTip } from '../db/schema';
import { eventNotice } from '../realtime';
import { adviceChannel } from './live';
import { requireParticipant, requirePhase } from './participant';
import { ParticipantError } from './participant-error';

/** "Any number of tips" within reason: this many per participant stops a stuck key or a script. */
const MAX_TIPS_PER_PARTICIPANT = 40;

/**
 * A participant sends a tip. The form's nonce makes a double click or a replayed request store it
 * once. With moderation on, the tip waits for the facilitator before it shows on the wall.
 */
export async function submitAdviceTip(
	code: string,
	db: Db,
	input: { secret: string | undefined; text: string; nonce: string }
): Promise<{ id: string; duplicate: boolean }> {
	const { session, participant } = await requireParticipant(code, db, input.secret);
	requirePhase(session, 'tips', 'tipsPhase');
	const status = session.moderation ? 'pending' : 'visible';
	const nonce = input.nonce || null;
	// One statement: the per-participant limit, the insert, the replay guard (unique nonce) and the
	// live event for the wall and the phones (sent when the insert commits).
	// `visible` counts the tips on the wall for the phones; the statement does not see its own insert.
	const event = sql`json_build_object('id', id, 'text', text, 'status', status, 'groupKey', group_key,
		'visible', (select count(*) from ${adviceTip} where session_id = ${session.id} and status = 'visible')
			+ (case when status = 'visible' then 1 else 0 end))`;
	const [row] = rowsOf<{ id: string | null; existing: string | null; n: number }>(
		await db.execute(sql`
			with counted as (
				select count(*)::int as n from ${adviceTip} where participant_id = ${participant.id}
			), inserted as (
				insert into ${adviceTip} (session_id, participant_id, group_key, text, status, nonce)
				select ${session.id}, ${participant.id}, ${participant.groupKey}, ${input.text}, ${status}, ${nonce}
				where (select n from counted) < ${MAX_TIPS_PER_PARTICIPANT}
				on conflict (participant_id, nonce) do nothing
				returning id, text, status, group_key
			)
			select (select id from inserted) as id,
				(select id from ${adviceTip} where participant_id = ${participant.id} and nonce = ${nonce}) as existing,
				(select n from counted) as n,
				(select ${eventNotice(adviceChannel(session.id), 'tip', event)} from inserted) as notified
		`)
	);
	if (row.id) return { id: row.id, duplicate: false };
	if (row.existing) return { id: row.existing, duplicate: true };
	throw new ParticipantError({ reason: 'tooManyTips', max: MAX_TIPS_PER_PARTICIPANT });
}
