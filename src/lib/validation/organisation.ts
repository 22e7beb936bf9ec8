import { z } from 'zod';
import { m } from '../paraglide/messages';
import { email } from './account';
import { boundedInt, freeText, optionalFreeText } from './text';
import { PRIVACY_FIELD_NAMES, PRIVACY_TEXT_MAX, type PrivacyFieldName } from '../organisation/privacy-texts';

export const ROLE_VALUES = ['worker', 'coach', 'facilitator', 'redacteur', 'admin'] as const;

const text = (max: number, required = true) =>
	required ? freeText({ max, required: () => m.error_field_required() }) : freeText({ max });

export const roles = () =>
	z
		.array(z.enum(ROLE_VALUES, { error: () => m.error_role_invalid() }), {
			error: () => m.error_roles_required()
		})
		.min(1, { error: () => m.error_roles_required() })
		.max(20, { error: () => m.error_role_invalid() })
		.transform((r) => [...new Set(r)]);

const uuidList = () =>
	z
		.array(z.uuid({ error: () => m.error_team_invalid() }))
		.max(50)
		.default([]);

export const organisationSettingsSchema = z.object({
	name: text(120),
	contactEmail: z
		.string()
		.trim()
		.max(254)
		.transform((v) => v || null)
		.pipe(z.union([z.null(), z.email({ error: () => m.error_email_invalid() })])),
	feedbackBatchSize: boundedInt(3, 20, () => m.error_batch_size()),
	retentionMonths: boundedInt(1, 120, () => m.error_retention()),
	// The other retention periods (issue 18); a form without them keeps what is stored.
	feedbackRetentionMonths: boundedInt(1, 120, () => m.error_retention()).optional(),
	adviceRetentionMonths: boundedInt(1, 120, () => m.error_retention()).optional(),
	auditRetentionMonths: boundedInt(1, 120, () => m.error_retention()).optional(),
	consultationRetentionMonths: boundedInt(1, 120, () => m.error_retention()).optional(),
	// The organisation's own wording of the ecogram's line types; empty keeps Hartman's default (#5).
	legendStrong: optionalFreeText(40),
	legendNormal: optionalFreeText(40),
	legendWeak: optionalFreeText(40),
	legendStressful: optionalFreeText(40),
	legendBroken: optionalFreeText(40),
	// The organisation's own privacy text per audience and language (issue 13, item 2); empty shows
	// the default text, absent (a form without the field) keeps what is stored.
	...(Object.fromEntries(PRIVACY_FIELD_NAMES.map((name) => [name, optionalFreeText(PRIVACY_TEXT_MAX)])) as Record<
		PrivacyFieldName,
		ReturnType<typeof optionalFreeText>
	>)
});

export const teamSchema = z.object({
	name: text(80),
	description: text(500, false)
});

export const invitationSchema = z.object({
	email: email(),
	roles: roles(),
	teamIds: uuidList()
});

export const memberSchema = z.object({
	roles: roles(),
	teamIds: uuidList()
});

export const createAdminSchema = z.object({
	email: email(),
	organisationName: text(120),
	name: text(120, false)
});

/** The most e-mail domains one organisation may let join without an invitation. */
export const JOIN_DOMAINS_MAX = 20;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The e-mail domains whose people may join by signing in with their work account (docs/adr/0016):
 * one text field, domains separated by commas, spaces or new lines; "@" in front is fine.
 */
export const joinDomainsSchema = z.object({
	joinDomains: z
		.string({ error: () => m.error_field_required() })
		.max(2000, { error: () => m.dom_error_too_many({ max: JOIN_DOMAINS_MAX }) })
		.transform((v) => [
			...new Set(
				v
					.split(/[\s,;]+/)
					.map((d) => d.trim().toLowerCase().replace(/^@/, ''))
					.filter(Boolean)
			)
		])
		.superRefine((domains, ctx) => {
			const wrong = domains.find((d) => !DOMAIN.test(d));
			if (wrong) ctx.addIssue({ code: 'custom', message: m.dom_error_not_a_domain({ domain: wrong }) });
			if (domains.length > JOIN_DOMAINS_MAX) {
				ctx.addIssue({ code: 'custom', message: m.dom_error_too_many({ max: JOIN_DOMAINS_MAX }) });
			}
		})
});
