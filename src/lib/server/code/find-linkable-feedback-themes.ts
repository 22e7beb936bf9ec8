import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requireCodeEditor } from './code-editor';
import { organisationThemes } from './feedback-themes';

/** The organisation's feedback themes (questionnaire dimensions) an editor can tie to an article. */
export async function findLinkableFeedbackThemes(
	actor: Actor,
	db: Db,
	organisationId: string
): Promise<{ key: string; label: string }[]> {
	await requireCodeEditor(db, actor, organisationId);
	return (await organisationThemes(db, organisationId)).map(({ key, label }) => ({ key, label }));
}
