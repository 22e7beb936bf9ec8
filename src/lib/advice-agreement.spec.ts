import { describe, expect, it } from 'vitest';
import { agreementSentence } from './advice-agreement';

describe('agreementSentence', () => {
	it('starts the sentence with a capital, also when the group labels are in lower case', () => {
		expect(agreementSentence('high', 'inwoners', 'sociaal werkers', 0.72)).toBe(
			"Inwoners en sociaal werkers kozen grotendeels dezelfde thema's (72% van hun stippen)."
		);
		expect(agreementSentence('low', 'beleidsmakers', 'inwoners', 0.1)).toMatch(/^Beleidsmakers en inwoners kozen /);
	});
});
