import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { writeAudit } from '../audit';
import { formatDate } from '../../format';
import { activityKindLabel } from '../../portfolio/export-labels';
import { formatHours as hours } from '../../portfolio/progress';
import { totalShortMinutes } from '../../portfolio/dossier';
import { m } from '../../paraglide/messages';
import type { ExportPeriod } from './export-data';
import { requireMember } from './access';
import { periodDossier } from './period-dossier';
import { MARGIN, NAVY, portfolioPdf } from './portfolio-pdf';

const day = (d: string) => formatDate(`${d}T12:00:00Z`);

/**
 * The period as a PDF overview in the order of the register's dossier: first the totals per category
 * against the register's minimums, then per category every activity by date with its net hours,
 * method, chair and accreditation number. Guarded; only the worker's own activities.
 */
export async function exportPortfolioPdf(
	actor: Actor,
	db: Db,
	options: { organisationId: string; period?: ExportPeriod }
): Promise<Buffer> {
	const { actor: worker } = await requireMember(db, actor, options.organisationId);
	const { dossier, period, register, fromProfile } = await periodDossier(worker, db, { ...options, format: 'pdf' });
	const title = m.pfx_overview_title({ name: worker.name });
	const pdf = portfolioPdf(title, worker.name);
	const { doc } = pdf;
	const width = doc.page.width - 2 * MARGIN;
	doc.font('bold').fontSize(18).fillColor(NAVY).text(title);
	doc
		.moveDown(0.3)
		.font('sans')
		.fontSize(10)
		.fillColor('#333333')
		.text(m.pfx_overview_intro({ register: register.name, from: day(period.from), to: day(period.to) }));
	if (!fromProfile) doc.moveDown(0.3).text(m.pfx_overview_no_profile());

	// Totals first: what a register's reviewer looks for.
	pdf.heading(m.pfx_overview_totals());
	const cols = [MARGIN, MARGIN + 230, MARGIN + 300, MARGIN + 370, MARGIN + 440];
	const row = (cells: string[], font: 'bold' | 'sans') => {
		doc.font(font).fontSize(9).fillColor('#000000');
		const y = doc.y;
		let bottom = y;
		cells.forEach((text, i) => {
			doc.text(text, cols[i], y, { width: i === 0 ? 220 : 65, align: i === 0 ? 'left' : 'right' });
			bottom = Math.max(bottom, doc.y);
		});
		doc.x = MARGIN;
		doc.y = bottom + 3;
	};
	row(
		[m.pfx_col_category_plain(), m.pfx_col_done(), m.pfx_col_counted(), m.pfx_col_minimum(), m.pfx_col_short()],
		'bold'
	);
	for (const { category: c, loggedMinutes } of dossier.sections) {
		row(
			[
				c.label + (c.maxMinutes !== null ? ` ${m.pfx_overview_cap({ max: hours(c.maxMinutes) })}` : ''),
				hours(loggedMinutes),
				hours(c.doneMinutes),
				hours(c.minMinutes),
				hours(c.leftMinutes)
			],
			'sans'
		);
	}
	const total = dossier.progress;
	row(
		[
			m.pfx_overview_total(),
			'',
			hours(total.totalDoneMinutes),
			total.totalMinMinutes === null ? '' : hours(total.totalMinMinutes),
			hours(totalShortMinutes(total))
		],
		'bold'
	);
	doc.moveDown(0.3).font('sans').fontSize(8).fillColor('#555555').text(register.source, MARGIN, doc.y, { width });

	for (const s of dossier.sections) {
		pdf.heading(`${s.category.label} (${m.pfx_hours_short({ hours: hours(s.category.doneMinutes) })})`);
		if (!s.lines.length) {
			pdf.paragraph(m.pfx_overview_none());
			continue;
		}
		for (const { activity: a, notCounted } of s.lines) {
			const facts = [
				day(a.occurredOn),
				activityKindLabel(a.kind),
				m.pfx_hours_short({ hours: hours(a.netMinutes) }),
				a.methodName && `${m.pfx_col_method()}: ${a.methodName}`,
				a.chairName && `${m.pfx_col_chair()}: ${a.chairName}`,
				a.accreditationId && `${m.pfx_col_accreditation()}: ${a.accreditationId}`
			].filter(Boolean);
			if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
			doc.font('bold').fontSize(10).fillColor('#000000').text(a.title, MARGIN, doc.y, { width });
			doc.font('sans').fontSize(9).fillColor('#333333').text(facts.join(' · '), { width });
			if (a.participantNames.length)
				doc.text(`${m.pfx_col_participants()}: ${a.participantNames.join(', ')}`, { width });
			if (notCounted)
				doc
					.fillColor('#8a1c1c')
					.text(notCounted === 'too_short' ? m.pfx_counts_too_short() : m.pfx_counts_no_accreditation(), {
						width
					});
			doc.moveDown(0.4);
		}
	}
	doc
		.moveDown(0.5)
		.fontSize(8)
		.fillColor('#555555')
		.text(m.pfx_pdf_footer({ date: formatDate(new Date()) }), MARGIN, doc.y, { width });
	await writeAudit(db, worker, {
		organisationId: options.organisationId,
		action: 'portfolio.export',
		subjectType: 'portfolio',
		subjectId: worker.userId,
		details: { format: 'pdf', activities: dossier.sections.reduce((n, s) => n + s.lines.length, 0) }
	});
	return pdf.done();
}
