import { describe, expect, it } from 'vitest';

/**
 * Generated from the route tree: every form action reads its fields through a zod schema (handleForm
 * with a schema from this folder, whose every field `all-schemas.spec.ts` attacks with a NUL byte and
 * huge numbers), or is one of the few that read a form by hand, listed here with the reason it is
 * safe. A new action that reads a form by hand fails this test until someone looks at it.
 */
const routes = import.meta.glob<string>('/src/routes/**/+page.server.ts', {
	query: '?raw',
	import: 'default',
	eager: true
});

const READ_BY_HAND: Record<string, string> = {
	'/src/routes/taal/+page.server.ts': 'locale checked against the list; redirect target through safePath',
	'/src/routes/uitloggen/+page.server.ts': 'reads no field',
	'/src/routes/(app)/organisatie/+page.server.ts': 'id compared in memory with own memberships',
	'/src/routes/(resident)/f/+page.server.ts': 'code normalised to the card alphabet or refused',
	'/src/routes/(resident)/f/[token]/+page.server.ts': 'parseResponseForm: cleanText, scores /^[1-5]$/',
	'/src/routes/(participant)/doe-mee/+page.server.ts': 'code normalised to the join alphabet or refused',
	'/src/routes/(participant)/doe-mee/[code]/+page.server.ts': 'tipSchema; parseBoundedInt for dots and version',
	'/src/routes/(app)/adviesvangen/[id]/(board)/themas/+page.server.ts':
		'assign: ids checked as uuids in assignAdviceTips',
	'/src/routes/(app)/team/handreikingen/[id]/bewerken/+page.server.ts':
		'sections through parseList with guideSectionSchema, the rest through guideEditSchema; sectionId checked as a uuid',
	'/src/routes/(app)/team/methoden/[ref]/+page.server.ts': 'reads only the team field: a uuid or nothing (teamOfForm)',
	'/src/routes/(app)/beroepscode/beheer/+page.server.ts':
		'upload: a multipart form with a file; size and UTF-8 checked, the code id checked as a uuid in importCodeVersion, the title cut to 200',
	'/src/routes/(app)/team/methoden/[ref]/bewerken/+page.server.ts':
		'the draft through parseMethodDraft (methodSchema) before it is stored; the team field through teamOfForm',
	'/src/routes/(app)/beroepscode/rondes/[id]/+page.server.ts':
		'sluit and publiceer read no field; beantwoord through handleForm with codeRoundAnswerSchema',
	'/src/routes/(app)/beroepscode/reageren/[round]/+page.server.ts':
		'reactAction and signAction (code/round-respond-page.ts): handleForm with codeReactionSchema, codeRoundSignSchema',
	'/src/routes/(public)/reactie/[token]/+page.server.ts':
		'reactAction and signAction (code/round-respond-page.ts): handleForm with codeReactionSchema, codeRoundSignSchema'
};

const withActions = Object.entries(routes).filter(([, source]) => /export const actions\b/u.test(source));

describe('every form action', () => {
	it('is found (the scan reads the real route tree)', () => {
		expect(withActions.length).toBeGreaterThan(25);
	});

	for (const [file, source] of withActions) {
		it(`${file.replace('/src/routes', '')}: fields through a schema, or read by hand for a listed reason`, () => {
			const byHand = /request\.formData\(\)|readForm\(/u.test(source);
			if (byHand || READ_BY_HAND[file]) expect(READ_BY_HAND[file], `${file} reads a form by hand`).toBeTruthy();
			// networkFormAction (netwerk/network-route.ts) is handleForm with the casus around it;
			// networkPageAction reads the page's cards with parseList and a schema per card.
			else expect(source).toMatch(/handleForm\(|networkFormAction\(|networkPageAction\(/u);
		});
	}
});
