import { z } from 'zod';
import { m } from '../paraglide/messages';
import { email } from './account';

export const ROLE_VALUES = ['worker', 'coach', 'facilitator', 'admin'] as const;

const text = (max: number, required = true) => {
	const base = z.string({ error: () => m.error_field_required() }).trim();
	const sized = base.max(max, { error: () => m.error_text_too_long({ max }) });
	return required ? sized.min(1, { error: () => m.error_field_required() }) : sized;
};

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
	feedbackBatchSize: z.coerce
		.number({ error: () => m.error_batch_size() })
		.int({ error: () => m.error_batch_size() })
		.min(3, { error: () => m.error_batch_size() })
		.max(20, { error: () => m.error_batch_size() }),
	retentionMonths: z.coerce
		.number({ error: () => m.error_retention() })
		.int({ error: () => m.error_retention() })
		.min(1, { error: () => m.error_retention() })
		.max(120, { error: () => m.error_retention() }),
	// The organisation's own wording of the ecogram's line types; empty keeps Hartman's default (#5).
	legendStrong: text(40, false).optional(),
	legendNormal: text(40, false).optional(),
	legendWeak: text(40, false).optional(),
	legendStressful: text(40, false).optional(),
	legendBroken: text(40, false).optional()
});

export const teamSchema = z.object({
	name: text(80),
	description: text(500, false).default('')
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
	name: text(120, false).default('')
});
