import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { toCsv } from '../csv';
import { m } from '../../paraglide/messages';
import { stanceLabel } from '../../code/round';
import { getCodeRoundResults } from './get-code-round-results';

/**
 * A round's results as CSV for Dutch Excel (csv.ts): one row per article with the counts, then one row
 * per comment or proposal. Names only of respondents who signed; never a user id or an e-mail address.
 */
export async function exportCodeRoundCsv(
	actor: Actor,
	db: Db,
	options: { organisationId: string; roundId: string }
): Promise<string> {
	const r = await getCodeRoundResults(actor, db, options);
	const header = [
		m.code_round_csv_article(),
		m.code_round_csv_title(),
		m.code_round_stance_eens(),
		m.code_round_stance_twijfel(),
		m.code_round_stance_oneens(),
		m.code_round_csv_choice(),
		m.code_round_csv_comment(),
		m.code_round_csv_proposal(),
		m.code_round_csv_name()
	];
	const rows: unknown[][] = [];
	for (const a of r.heatmap) {
		rows.push([a.number, a.title, a.eens, a.twijfel, a.oneens, '', '', '', '']);
		for (const c of r.comments[a.articleId] ?? [])
			rows.push([a.number, a.title, '', '', '', stanceLabel(c.stance), c.comment, c.proposal, c.signedName ?? '']);
	}
	for (const c of r.general)
		rows.push([
			m.code_round_general_short(),
			'',
			'',
			'',
			'',
			stanceLabel(c.stance),
			c.comment,
			c.proposal,
			c.signedName ?? ''
		]);
	return toCsv(header, rows);
}
