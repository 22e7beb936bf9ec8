import { z } from 'zod';
import { m } from '../paraglide/messages';
import { freeText } from './text';
import { GUIDE_BODY_MAX, GUIDE_HEADING_MAX, GUIDE_NOTE_MAX, GUIDE_TITLE_MAX } from '../team/guide';

const title = () => freeText({ max: GUIDE_TITLE_MAX, required: () => m.tguide_error_title() });

export const guideCreateSchema = z.object({
	teamId: z.uuid({ error: () => m.error_team_invalid() }),
	title: title()
});

/** One section card of the edit form (fields `<name>-<id>`; see form-list.ts). */
export const guideSectionSchema = z.object({
	id: z.uuid(),
	heading: freeText({ max: GUIDE_HEADING_MAX }),
	body: freeText({ max: GUIDE_BODY_MAX }),
	source: z
		.string()
		.max(200)
		.regex(/^[a-z]*(:[A-Za-z0-9_|-]+)?$/u, { error: () => m.tguide_error_source() })
		.default(''),
	note: freeText({ max: GUIDE_NOTE_MAX })
});

/** The rest of the edit form: the title, and what the pressed button does. */
export const guideEditSchema = z.object({
	title: title(),
	changeNote: freeText({ max: GUIDE_NOTE_MAX }),
	minor: z
		.string()
		.optional()
		.transform((v) => v === 'ja')
});
