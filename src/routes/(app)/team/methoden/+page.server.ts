import { orError } from '$lib/server/http';
import { listMethods } from '$lib/server/team/list-methods';
import { methodMinutes } from '$lib/team/method';
import { paramOfRef } from '$lib/team/method-ref';
import { teamChoice } from './team-choice';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { organisation } = await parent();
	const { teams, current } = organisation
		? await teamChoice(locals, organisation.organisationId, url)
		: { teams: [], current: null };
	const entries = current
		? await orError(listMethods(locals.actor!, locals.app.database.db, { teamId: current.teamId }))
		: [];
	const names = new Map(entries.map((e) => [e.ref as string, e.method.name]));
	return {
		teams: teams.map((t) => ({ id: t.teamId, name: t.teamName })),
		team: current ? { id: current.teamId, name: current.teamName } : null,
		methods: entries.map((e) => ({
			param: paramOfRef(e.ref),
			scope: e.scope,
			name: e.method.name,
			summary: e.method.summary,
			whenToUse: e.method.whenToUse,
			needs: e.method.needs,
			minutes: methodMinutes(e.method),
			phases: e.method.phases.length,
			// Only a name the team can see itself (a built-in or a method still in its list).
			basedOn: e.basedOn ? (names.get(e.basedOn) ?? null) : null
		})),
		archived: url.searchParams.has('weg')
	};
};
