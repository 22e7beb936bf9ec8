import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { writeAudit } from '../audit';
import { csvDate, toCsv } from '../csv';
import { activityKindLabel } from '../../portfolio/export-labels';
import { formatHours as hours } from '../../portfolio/progress';
import { totalShortMinutes } from '../../portfolio/dossier';
import { m } from '../../paraglide/messages';
import type { ExportPeriod } from './export-data';
import { requireMember } from './access';
import { periodDossier } from './period-dossier';
import { timeOfDay } from './portfolio-pdf';

/**
 * The period as a spreadsheet in the platform's CSV dialect (csv.ts), in the order of the register's
 * dossier: one row per activity, category by category, then a total row per category against the
 * register's minimum. Guarded; only the worker's own activities.
 */
export async function exportPortfolioCsv(
	actor: Actor,
	db: Db,
	options: { organisationId: string; period?: ExportPeriod }
): Promise<string> {
	const { actor: worker } = await requireMember(db, actor, options.organisationId);
	const { dossier, period } = await periodDossier(worker, db, { ...options, format: 'csv' });
	const header = [
		m.pfx_col_category_plain(),
		m.pfx_col_date(),
		m.pfx_col_start(),
		m.pfx_col_end(),
		m.pfx_col_net_hours(),
		m.pfx_col_counts(),
		m.pfx_col_kind(),
		m.pfx_col_title(),
		m.pfx_col_method(),
		m.pfx_col_chair(),
		m.pfx_col_participants(),
		m.pfx_col_accreditation(),
		m.pfx_col_evidence(),
		m.pfx_col_reflection()
	];
	const rows: unknown[][] = [];
	const totalRow = (label: string, doneMinutes: number, against: string) => [
		label,
		'',
		'',
		'',
		hours(doneMinutes),
		against,
		...Array(header.length - 6).fill('')
	];
	for (const { category: c, lines } of dossier.sections) {
		for (const { activity: a, notCounted } of lines) {
			rows.push([
				c.label,
				csvDate(a.occurredOn),
				timeOfDay(a.startedAt),
				timeOfDay(a.endedAt),
				hours(a.netMinutes),
				notCounted === 'no_accreditation'
					? m.pfx_counts_no_accreditation()
					: notCounted === 'too_short'
						? m.pfx_counts_too_short()
						: m.pfx_counts_yes(),
				activityKindLabel(a.kind),
				a.title,
				a.methodName,
				a.chairName,
				a.participantNames.join(', '),
				a.accreditationId,
				a.evidence,
				a.reflection
			]);
		}
		rows.push(
			totalRow(
				m.pfx_total_row({ category: c.label }),
				c.doneMinutes,
				m.pfx_total_against({ min: hours(c.minMinutes), short: hours(c.leftMinutes) })
			)
		);
	}
	const { progress } = dossier;
	rows.push(
		totalRow(
			m.pfx_total_all({ from: csvDate(period.from), to: csvDate(period.to) }),
			progress.totalDoneMinutes,
			progress.totalMinMinutes === null
				? ''
				: m.pfx_total_against({
						min: hours(progress.totalMinMinutes),
						short: hours(totalShortMinutes(progress))
					})
		)
	);
	await writeAudit(db, worker, {
		organisationId: options.organisationId,
		action: 'portfolio.export',
		subjectType: 'portfolio',
		subjectId: worker.userId,
		details: { format: 'csv', activities: dossier.sections.reduce((n, s) => n + s.lines.length, 0) }
	});
	return toCsv(header, rows);
}
