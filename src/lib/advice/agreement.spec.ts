import { describe, expect, it } from 'vitest';
import { agreementSentence } from './agreement';

describe('agreementSentence', () => {
	it('starts the sentence with a capital, also when the group labels are in lower case', () => {
		expect(agreementSentence('high', 'inwoners', 'sociaal werkers', 0.72)).toBe(
			"Inwoners en sociaal werkers kozen grotendeels dezelfde thema's (72% van hun stippen)."
		);
		expect(agreementSentence('low', 'beleidsmakers', 'inwoners', 0.1)).toMatch(/^Beleidsmakers en inwoners kozen /);
	});

	it('says plainly when groups share little or nothing (no "maar 0%")', () => {
		expect(agreementSentence('low', 'inwoners', 'beleidsmakers', 0.12)).toBe(
			"Inwoners en beleidsmakers kozen vooral andere thema's: 12% van hun stippen ging naar dezelfde thema's."
		);
		expect(agreementSentence('low', 'inwoners', 'beleidsmakers', 0)).toBe(
			"Inwoners en beleidsmakers kozen helemaal andere thema's: geen van hun stippen ging naar hetzelfde thema."
		);
	});
});
