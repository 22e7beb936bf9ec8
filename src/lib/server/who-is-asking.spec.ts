import { describe, expect, it } from 'vitest';
import { PRIVACY_LANGUAGES } from '../organisation/privacy-texts';
import { RESIDENT_LANGUAGES } from './feedback/texts';
import { aboutTexts } from './feedback/texts/about';
import { whoIsAsking, type PublicOrganisation } from './who-is-asking';

const org = (settings: Record<string, unknown> = {}): PublicOrganisation => ({
	name: 'Buurtteam Noord',
	contactEmail: 'vragen@noord.example',
	settings,
	batchSize: 5,
	feedbackRetentionMonths: 30,
	adviceRetentionMonths: 18
});
const text = (w: ReturnType<typeof whoIsAsking>) =>
	[
		w.label,
		typeof w.who === 'string' ? w.who : w.who ? Object.values(w.who).join('') : '',
		w.privacyTitle,
		...w.privacy
	].join(' ');

describe('who is asking (resident and participant pages)', () => {
	it('the admin form offers exactly the resident languages', () => {
		expect([...PRIVACY_LANGUAGES]).toEqual([...RESIDENT_LANGUAGES]);
	});

	it.each(RESIDENT_LANGUAGES)('%s: every text, with the organisation, the worker and k filled in', (language) => {
		const feedback = whoIsAsking('feedback', language, org(), { worker: 'Sanne' });
		expect(feedback.who).toEqual(expect.objectContaining({ name: 'Buurtteam Noord' }));
		expect(feedback.contact).toBe('vragen@noord.example');
		expect(feedback.privacy.length).toBeGreaterThanOrEqual(3);
		expect(feedback.privacy.join(' ')).toContain('Sanne');
		// The child variant leaves out the number; every other one says k.
		if (language !== 'kind') expect(feedback.privacy.join(' ')).toContain('5');
		const advice = whoIsAsking('advice', language, org());
		for (const w of [
			feedback,
			advice,
			whoIsAsking('feedback', language, null),
			whoIsAsking('advice', language, null)
		]) {
			const all = text(w);
			expect(all).not.toMatch(/undefined|null|\{org\}|\$\{|NaN/u);
			expect(w.privacy.every((p) => p.trim().length > 0)).toBe(true);
		}
		// Before a code: one sentence that the next page says who asks, no address, the default text.
		const before = whoIsAsking('feedback', language, null);
		expect(typeof before.who).toBe('string');
		expect(before.contact).toBeNull();
		if (language !== 'kind') expect(before.privacy.join(' ')).toContain('3');
		// A link or code that matches nothing (an error page) claims no organisation.
		expect(whoIsAsking('advice', language, null, { codeGiven: true }).who).toBeNull();
	});

	it('Dutch follows the request\'s "je" or "u"', () => {
		const u = text(whoIsAsking('feedback', 'nl', org(), { worker: 'Sanne', address: 'u' }));
		const je = text(whoIsAsking('feedback', 'nl', org(), { worker: 'Sanne', address: 'je' }));
		expect(u).toContain('Wat gebeurt er met uw antwoorden?');
		expect(u).toContain('Geeft u uw naam');
		expect(u).not.toMatch(/\b(je|jij|jouw)\b/u);
		expect(je).toContain('Wat gebeurt er met je antwoorden?');
		expect(je).not.toMatch(/\b(uw)\b/u);
		expect(aboutTexts('nl', 'u').feedbackPrivacy({ worker: null, k: 3, org: null, months: null })[1]).toMatch(
			/^Alleen de medewerker/u
		);
	});

	it("the organisation's own text replaces the default in its own language only", () => {
		const settings = { privacy: { feedback: { nl: 'Eerste alinea.\nZelfde alinea.\n\nTweede alinea.' }, advice: {} } };
		expect(whoIsAsking('feedback', 'nl', org(settings)).privacy).toEqual([
			'Eerste alinea.\nZelfde alinea.',
			'Tweede alinea.'
		]);
		expect(whoIsAsking('feedback', 'ar', org(settings)).privacy).toEqual(
			aboutTexts('ar').feedbackPrivacy({ worker: null, k: 5, org: 'Buurtteam Noord', months: 30 })
		);
		// The participant pages keep their own default.
		expect(whoIsAsking('advice', 'nl', org(settings)).privacy).toEqual(
			aboutTexts('nl').advicePrivacy({ org: 'Buurtteam Noord', months: 18 })
		);
		// Anything malformed in the settings counts as no text.
		expect(whoIsAsking('feedback', 'nl', org({ privacy: { feedback: { nl: 42 } } })).privacy[0]).toMatch(
			/^We bewaren/u
		);
	});

	it("names the organisation's retention periods in every language (retention.ts deletes after them)", () => {
		for (const language of RESIDENT_LANGUAGES) {
			expect(whoIsAsking('feedback', language, org()).privacy.join(' ')).toContain('30');
			expect(whoIsAsking('advice', language, org()).privacy.join(' ')).toContain('18');
		}
		expect(whoIsAsking('feedback', 'nl', org(), { worker: 'Sanne' }).privacy.at(-1)).toBe(
			'We bewaren je antwoorden 30 maanden vanaf de dag dat Sanne ze kan lezen. Daarna worden ze vanzelf verwijderd.'
		);
		// Before the link or code is known, no period is named.
		expect(whoIsAsking('feedback', 'nl', null).privacy.join(' ')).toContain('tot de organisatie ze verwijdert');
	});
});
