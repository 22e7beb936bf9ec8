import type { Actor } from '../actor';
import type { Db } from '../db/client';
import { requireMember } from './access';
import { ACTIVITY_KINDS, type ActivityKind } from '../../portfolio/model';
import { defaultCategory } from '../../portfolio/progress';
import type { ActivityFormOptions } from '../../portfolio/activity-form';
import { getCodeLinkOptions } from '../code/get-code-link-options';
import { ownProfile, registerOf } from './register-rules';

/** The choices of the form for a log line, from the worker's register and the organisation's code. */
export async function getActivityForm(actor: Actor, db: Db, organisationId: string): Promise<ActivityFormOptions> {
	const { actor: worker } = await requireMember(db, actor, organisationId);
	const profile = await ownProfile(db, worker, organisationId);
	const register = await registerOf(db, organisationId, profile);
	return {
		registerName: register.name,
		hasProfile: profile !== null,
		categories: register.categories.map((c) => ({ key: c.key, label: c.label })),
		defaults: Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, defaultCategory(register, k, 'x')])) as Record<
			ActivityKind,
			string
		>,
		code: await getCodeLinkOptions(worker, db, { organisationId })
	};
}
