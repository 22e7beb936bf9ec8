import type { RoundVisitor } from '$lib/server/code/code-round-access';
import { loadRespondPage, reactAction, signAction } from '$lib/server/code/round-respond-page';
import { codeContext } from '../../code-route';
import type { Actions, PageServerLoad } from './$types';

async function visitorOf(event: Parameters<PageServerLoad>[0] | Parameters<Actions[string]>[0]) {
	const { organisationId, actor, db } = await codeContext(event);
	const visitor: RoundVisitor = { kind: 'member', actor, organisationId, roundId: event.params.round };
	return { visitor, db, base: `/beroepscode/reageren/${event.params.round}` };
}

export const load: PageServerLoad = async (event) => {
	const { visitor, db, base } = await visitorOf(event);
	return {
		...(await loadRespondPage(visitor, db, event.url)),
		base,
		accountName: event.locals.actor?.kind === 'user' ? event.locals.actor.name : null
	};
};

export const actions: Actions = {
	reageer: async (event) => {
		const { visitor, db, base } = await visitorOf(event);
		return reactAction(visitor, db, event.request, { base });
	},
	onderteken: async (event) => {
		const { visitor, db, base } = await visitorOf(event);
		return signAction(visitor, db, event.request, { base });
	}
};
