import { z } from 'zod';
import { m } from '../paraglide/messages';
import { freeText } from './text';

/** A learning group across teams: a name, a short description and its members (2 or more). */
export const teamGroupSchema = z.object({
	name: freeText({ max: 80, required: () => m.team_group_error_name() }),
	description: freeText({ max: 400 }),
	memberIds: z
		.array(z.uuid({ error: () => m.team_group_error_members() }))
		.max(100, { error: () => m.team_group_error_members() })
		.default([])
});
export type TeamGroupInput = z.output<typeof teamGroupSchema>;
