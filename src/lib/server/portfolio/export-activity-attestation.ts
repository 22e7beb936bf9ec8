import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { writeAudit } from '../audit';
import { formatDate } from '../../format';
import { activityKindLabel } from '../../portfolio/export-labels';
import { formatHours } from '../../portfolio/progress';
import { m } from '../../paraglide/messages';
import { exportSetting } from './export-data';
import { requireMember } from './access';
import { requireOwnActivity } from './activity-access';
import { guardExport } from './export-guard';
import { MARGIN, portfolioPdf, timeOfDay } from './portfolio-pdf';

const REFLECTION = new Set(['intervisie', 'supervisie', 'casuistiek']);

/**
 * One activity as a PDF attestation with what registers ask (PRODUCT.md §6; Registerplein's
 * "verklaring", SKJ's evidence per activity): date, start and end, net hours, kind and method, the
 * chair, who confirmed their presence, the category in the worker's register, the accreditation
 * number, the reflection, and lines for the chair's co-signature. Only the worker's own activity:
 * anyone else's id is "not found". The resident-data guard runs first.
 */
export async function exportActivityAttestation(
	actor: Actor,
	db: Db,
	options: { organisationId: string; activityId: string }
): Promise<Buffer> {
	const { actor: worker } = await requireMember(db, actor, options.organisationId);
	const activity = await requireOwnActivity(db, worker, options);
	await guardExport(worker, db, {
		organisationId: options.organisationId,
		format: 'attestation',
		activities: [activity]
	});
	const { register } = await exportSetting(worker, db, options.organisationId);
	const category = register.categories.find((c) => c.key === activity.category);

	const title = REFLECTION.has(activity.kind) ? m.pfx_attestation_title_reflection() : m.pfx_attestation_title();
	const pdf = portfolioPdf(title, worker.name);
	const { doc } = pdf;
	doc.font('bold').fontSize(18).fillColor('#15385a').text(title);
	doc
		.moveDown(0.3)
		.font('sans')
		.fontSize(10)
		.fillColor('#333333')
		.text(m.pfx_attestation_intro({ register: register.name }));

	pdf.heading(m.pfx_attestation_activity());
	pdf.field(m.pfx_col_professional(), worker.name);
	pdf.field(m.pfx_col_title(), activity.title);
	pdf.field(m.pfx_col_kind(), activityKindLabel(activity.kind));
	pdf.field(m.pfx_col_method(), activity.methodName);
	pdf.field(m.pfx_col_date(), formatDate(`${activity.occurredOn}T12:00:00Z`));
	const start = timeOfDay(activity.startedAt);
	const end = timeOfDay(activity.endedAt);
	pdf.field(m.pfx_col_start_end(), start && end ? `${start} – ${end}` : '');
	pdf.field(
		m.pfx_col_net_hours(),
		m.pfx_hours_minutes({ hours: formatHours(activity.netMinutes), minutes: activity.netMinutes })
	);
	pdf.field(m.pfx_col_chair(), activity.chairName);
	pdf.field(m.pfx_col_participants(), activity.participantNames.length ? activity.participantNames.join(', ') : '');
	pdf.field(
		m.pfx_col_category({ register: register.name }),
		category ? category.label : m.pfx_category_unknown({ category: activity.category })
	);
	pdf.field(m.pfx_col_accreditation(), activity.accreditationId);
	pdf.field(m.pfx_col_evidence(), activity.evidence);

	pdf.heading(m.pfx_attestation_reflection());
	pdf.paragraph(activity.reflection || '—');
	const dims: [string, string | undefined][] = [
		[m.pfx_field_technisch(), activity.dimensions.technisch],
		[m.pfx_field_normatief(), activity.dimensions.normatief],
		[m.pfx_field_persoonlijk(), activity.dimensions.persoonlijk]
	];
	if (dims.some(([, v]) => v?.trim())) {
		doc.moveDown(0.4);
		for (const [label, value] of dims) if (value?.trim()) pdf.field(label, value);
	}

	// The co-signature: the register accepts a statement signed by the chair or supervisor.
	if (doc.y > doc.page.height - 220) doc.addPage();
	pdf.heading(m.pfx_attestation_sign());
	pdf.paragraph(m.pfx_attestation_sign_text());
	doc.moveDown(1.2);
	const line = (label: string) => {
		const y = doc.y;
		doc.font('sans').fontSize(10).fillColor('#000000').text(label, MARGIN, y, { width: 110 });
		doc
			.moveTo(MARGIN + 115, y + 12)
			.lineTo(doc.page.width - MARGIN, y + 12)
			.strokeColor('#555555')
			.lineWidth(0.7)
			.stroke();
		doc.x = MARGIN;
		doc.y = y + 34;
	};
	line(m.pfx_sign_name());
	line(m.pfx_sign_signature());
	line(m.pfx_sign_date());
	doc
		.moveDown(0.5)
		.fontSize(8)
		.fillColor('#555555')
		.text(m.pfx_pdf_footer({ date: formatDate(new Date()) }), MARGIN, doc.y, {
			width: doc.page.width - 2 * MARGIN
		});

	await writeAudit(db, worker, {
		organisationId: options.organisationId,
		action: 'portfolio.export',
		subjectType: 'portfolio_activity',
		subjectId: activity.id,
		details: { format: 'attestation' }
	});
	return pdf.done();
}
