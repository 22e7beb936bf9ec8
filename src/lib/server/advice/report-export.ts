import type { AdviceSessionId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { m } from '../../paraglide/messages';
import { auditAdvice } from './board-helpers';
import { getAdviceReport } from './get-advice-report';
import { reportModel } from './report';

/** The report for a download, written to the audit log with its format. */
export async function loadReport(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId,
	format: 'pdf' | 'csv'
) {
	const report = reportModel(await getAdviceReport(actor, db, organisationId, sessionId));
	await auditAdvice(db, actor, organisationId, sessionId, 'advice.report.export', { format });
	return report;
}

/** An action's status in words, as the report page shows it. */
export const actionStatus = (s: string) =>
	s === 'done' ? m.advice_action_done() : s === 'busy' ? m.advice_action_busy() : m.advice_action_planned();
