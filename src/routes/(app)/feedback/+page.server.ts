import { requireCurrentOrganisationId } from '$lib/server/current-organisation';
import { createReflection } from '$lib/server/feedback/create-reflection';
import { findCodeLinks } from '$lib/server/code/find-code-links';
import { getCodeLinkOptions } from '$lib/server/code/get-code-link-options';
import { setReflectionCodeLinks } from '$lib/server/code/set-reflection-code-links';
import { codeLinksSchema } from '$lib/validation/dilemma';
import { deleteReflection } from '$lib/server/feedback/delete-reflection';
import { findContactRequests } from '$lib/server/feedback/find-contact-requests';
import { getMirror } from '$lib/server/feedback/get-mirror';
import { markMirrorSeen } from '$lib/server/feedback/mark-mirror-seen';
import { setContactRequestHandled } from '$lib/server/feedback/set-contact-request-handled';
import { contactRequestSchema } from '$lib/validation/contact-request';
import { handleForm, orError } from '$lib/server/http';
import { reflectionSchema } from '$lib/validation/feedback';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { organisation } = await parent();
	const organisationId = organisation?.organisationId ?? '';
	// `?verzoek=`: a GET form on the page, so the filter works without JavaScript and can be bookmarked.
	const filter = url.searchParams.get('verzoek');
	const mirror = await orError(getMirror(locals.actor!, locals.app.database.db, organisationId, { filter }));
	// The home page counts groups released after today as new (get-home-overview.ts).
	await markMirrorSeen(locals.actor!, locals.app.database.db, organisationId);
	// Call-back requests come at once, apart from every batch (find-contact-requests.ts).
	const contactRequests = await orError(findContactRequests(locals.actor!, locals.app.database.db, organisationId));
	// Reflections can be tied to articles and kernwaarden of the code (issue 17); private like the reflection.
	const codeOptions = organisationId
		? await getCodeLinkOptions(locals.actor!, locals.app.database.db, { organisationId })
		: null;
	const links = codeOptions
		? await findCodeLinks(locals.actor!, locals.app.database.db, {
				reflectionIds: mirror.reflections.map((r) => r.id)
			})
		: new Map<string, string[]>();
	return { mirror, contactRequests, code: { options: codeOptions, links: Object.fromEntries(links) } };
};

export const actions: Actions = {
	reflect: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		const schema = reflectionSchema.extend(codeLinksSchema.shape);
		return handleForm(
			request,
			schema,
			async ({ codeLinks, ...input }) => {
				const { id } = await createReflection(locals.actor!, locals.app.database.db, organisationId, input);
				if (codeLinks.length > 0)
					await setReflectionCodeLinks(
						locals.actor!,
						locals.app.database.db,
						{ organisationId, reflectionId: id },
						codeLinks
					);
				// The page opens the batch again (an earlier batch sits in a closed <details>).
				return { reflected: true as const, batchId: input.batchId };
			},
			{ multi: ['codeLinks'] }
		);
	},
	codeLinks: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		const schema = codeLinksSchema.extend({ reflectionId: z.uuid() });
		return handleForm(
			request,
			schema,
			async ({ reflectionId, codeLinks }) => {
				await setReflectionCodeLinks(
					locals.actor!,
					locals.app.database.db,
					{ organisationId, reflectionId },
					codeLinks
				);
				return { codeLinked: true as const };
			},
			{ multi: ['codeLinks'] }
		);
	},
	forget: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, z.object({ reflectionId: z.uuid() }), async ({ reflectionId }) => {
			await deleteReflection(locals.actor!, locals.app.database.db, organisationId, reflectionId);
			return { forgotten: true as const };
		});
	},
	contact: async ({ request, locals, cookies }) => {
		const organisationId = await requireCurrentOrganisationId(locals, cookies);
		return handleForm(request, contactRequestSchema, async (input) => {
			const { name } = await setContactRequestHandled(locals.actor!, locals.app.database.db, {
				organisationId,
				...input
			});
			return { contactSaved: { handled: input.handled, name } };
		});
	}
};
