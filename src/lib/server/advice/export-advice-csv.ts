import type { AdviceSessionId } from '../ids';
import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { csvDate, toCsv } from '../csv';
import { m } from '../../paraglide/messages';
import { loadReport, actionStatus } from './report-export';

/**
 * One row per tip (every tip, not only the winners), then one row per top idea and per action, so a
 * spreadsheet can filter by "Soort". The Dutch Excel dialect of csv.ts, like every export.
 */
export async function exportAdviceCsv(
	actor: Actor,
	db: Db,
	organisationId: string,
	sessionId: AdviceSessionId
): Promise<string> {
	const r = await loadReport(actor, db, organisationId, sessionId, 'csv');
	const header = [
		m.export_advice_kind(),
		m.export_advice_theme(),
		m.export_advice_dots(),
		m.export_advice_group(),
		m.export_advice_text(),
		m.export_advice_who(),
		m.export_advice_due(),
		m.export_advice_status()
	];
	const rows: unknown[][] = [];
	for (const g of r.groups)
		rows.push([m.export_advice_kind_participants(), '', g.participants, g.label, '', '', '', '']);
	for (const t of r.themes) {
		for (const tip of t.tips) rows.push([m.export_advice_kind_tip(), t.name, t.dots, tip.group, tip.text, '', '', '']);
	}
	for (const tip of r.unthemed) rows.push([m.export_advice_kind_tip(), '', '', tip.group, tip.text, '', '', '']);
	for (const idea of r.topIdeas) {
		rows.push([m.export_advice_kind_top_idea(), idea.theme, idea.dots, '', idea.wording, '', '', '']);
		for (const q of idea.quotes) rows.push([m.export_advice_kind_quote(), idea.theme, '', '', q, '', '', '']);
		if (idea.response) {
			rows.push([
				m.export_advice_kind_response(),
				idea.theme,
				'',
				'',
				idea.response,
				'',
				csvDate(idea.respondedOn),
				''
			]);
		}
		for (const a of idea.actions) {
			rows.push([
				m.export_advice_kind_action(),
				idea.theme,
				'',
				'',
				a.what,
				a.who,
				csvDate(a.dueOn),
				actionStatus(a.status)
			]);
		}
	}
	return toCsv(header, rows);
}
