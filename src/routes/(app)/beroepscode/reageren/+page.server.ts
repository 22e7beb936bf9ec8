import { findMyCodeRounds } from '$lib/server/code/find-my-code-rounds';
import { isCodeEditor } from '$lib/server/code/code-editor';
import { findMyMemberships } from '$lib/server/organisation/find-my-memberships';
import { orError } from '$lib/server/http';
import { codeContext } from '../code-route';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await codeContext(event);
	const memberships = await findMyMemberships(actor, db);
	const roles = memberships.find((ms) => ms.organisationId === organisationId)?.roles ?? [];
	return { rounds: await orError(findMyCodeRounds(actor, db, organisationId)), isEditor: isCodeEditor(roles) };
};
