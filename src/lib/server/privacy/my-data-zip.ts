import { strToU8, zipSync } from 'fflate';
import { m } from '../../paraglide/messages';
import type { MyData } from './export-my-data';

/** Not a use case: turns an export into the ZIP the member downloads (JSON plus a readable index). */

const escape = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A Dutch heading for the tables the issue names; other tables keep their technical name. */
function sectionTitle(table: string): string {
	const titles: Record<string, () => string> = {
		user: m.avg_section_user,
		membership: m.avg_section_membership,
		feedback_request: m.avg_section_feedback_request,
		released_feedback: m.avg_section_released_feedback,
		reflection: m.avg_section_reflection,
		self_rating: m.avg_section_self_rating,
		network_case: m.avg_section_network_case,
		advice_session: m.avg_section_advice_session,
		learning_session: m.avg_section_learning_session,
		code_round_reaction: m.avg_section_code_round_reaction,
		practice_story: m.avg_section_practice_story,
		audit_log: m.avg_section_audit_log
	};
	return titles[table]?.() ?? table;
}

const cell = (v: unknown) => escape(v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

function tableHtml(rows: Record<string, unknown>[]): string {
	const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
	const head = columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
	const body = rows.map((r) => `<tr>${columns.map((c) => `<td>${cell(r[c])}</td>`).join('')}</tr>`).join('\n');
	return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function myDataHtml(data: MyData): string {
	const sections = Object.entries(data.tables).map(([table, rows]) => {
		const warning = table.startsWith('network_') ? `<p class="warning">${escape(m.avg_zip_network_warning())}</p>` : '';
		return `<section id="${escape(table)}"><h2>${escape(sectionTitle(table))} (${rows.length})</h2>${warning}${tableHtml(rows)}</section>`;
	});
	const leftOut = Object.entries(data.leftOut)
		.map(([table, why]) => `<li>${escape(table)}: ${escape(why)}</li>`)
		.join('');
	return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(m.avg_zip_title())}</title>
<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;line-height:1.5}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.875rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
.warning{border-left:4px solid #b45309;padding-left:.5rem}</style></head>
<body><h1>${escape(m.avg_zip_title())}</h1>
<p>${escape(m.avg_zip_intro({ date: data.exportedAt.slice(0, 10) }))}</p>
<ul>${Object.entries(data.tables)
		.map(([t, rows]) => `<li><a href="#${escape(t)}">${escape(sectionTitle(t))}</a> (${rows.length})</li>`)
		.join('')}</ul>
${sections.join('\n')}
${leftOut ? `<h2>${escape(m.avg_zip_left_out())}</h2><ul>${leftOut}</ul>` : ''}
</body></html>
`;
}

/** gegevens.json (machine-readable, AVG art. 20) and index.html (to read). */
export function myDataZip(data: MyData): Uint8Array {
	return zipSync({
		'gegevens.json': strToU8(JSON.stringify(data, null, 2)),
		'index.html': strToU8(myDataHtml(data))
	});
}
