import { AppError, type AppErrorCode } from '../errors';
import { m } from '../../paraglide/messages';
import type { ParticipantErrorTexts } from '../feedback/texts/participant';

/** Why a participant's phone was refused: the route shows it in the participant's language. */
export type ParticipantRefusal =
	| {
			reason:
				| 'codeUnknown'
				| 'notStarted'
				| 'closed'
				| 'joinFirst'
				| 'group'
				| 'locked'
				| 'full'
				| 'tipsPhase'
				| 'votingPhase'
				| 'dotsInvalid'
				| 'votesChanged'
				| 'unknownItem';
	  }
	| { reason: 'tooManyTips'; max: number }
	| { reason: 'dotsTooMany'; max: number; total: number; extra: number };

const CODE: Record<ParticipantRefusal['reason'], AppErrorCode> = {
	codeUnknown: 'NOT_FOUND',
	notStarted: 'CONFLICT',
	closed: 'CONFLICT',
	joinFirst: 'UNAUTHORIZED',
	group: 'INVALID_INPUT',
	locked: 'CONFLICT',
	full: 'RATE_LIMITED',
	tipsPhase: 'CONFLICT',
	votingPhase: 'CONFLICT',
	dotsInvalid: 'INVALID_INPUT',
	votesChanged: 'CONFLICT',
	unknownItem: 'INVALID_INPUT',
	tooManyTips: 'RATE_LIMITED',
	dotsTooMany: 'INVALID_INPUT'
};

function dutch(r: ParticipantRefusal): string {
	switch (r.reason) {
		case 'codeUnknown':
			return m.advice_error_code_unknown();
		case 'notStarted':
			return m.advice_error_not_started();
		case 'closed':
			return m.advice_error_closed();
		case 'joinFirst':
			return m.advice_error_join_first();
		case 'group':
			return m.advice_error_group();
		case 'locked':
			return m.advice_error_locked();
		case 'full':
			return m.advice_error_full();
		case 'tipsPhase':
			return m.advice_error_tips_phase();
		case 'votingPhase':
			return m.advice_error_voting_phase();
		case 'dotsInvalid':
			return m.advice_error_dots_invalid();
		case 'votesChanged':
			return m.advice_error_votes_changed();
		case 'unknownItem':
			return m.advice_error_unknown_item();
		case 'tooManyTips':
			return m.advice_error_too_many_tips({ max: r.max });
		case 'dotsTooMany':
			return m.advice_error_dots_too_many({ max: r.max, total: r.total, extra: r.extra });
	}
}

/**
 * An AppError (the app's message, status and code, as before) that also says why, so that the
 * participant's page can say it in the participant's own language (issue 13, item 10).
 */
export class ParticipantError extends AppError {
	constructor(readonly refusal: ParticipantRefusal) {
		super(CODE[refusal.reason], dutch(refusal));
	}
}

export function refusalText(refusal: ParticipantRefusal, t: ParticipantErrorTexts): string {
	switch (refusal.reason) {
		case 'tooManyTips':
			return t.tooManyTips(refusal.max);
		case 'dotsTooMany':
			return t.dotsTooMany(refusal.max, refusal.total, refusal.extra);
		default:
			return t[refusal.reason];
	}
}
