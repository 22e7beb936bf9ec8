import { m } from './paraglide/messages';

/** "Inwoners en sociaal werkers kozen grotendeels dezelfde thema's (72% van hun stippen)." */
export function agreementSentence(level: 'high' | 'some' | 'low', a: string, b: string, overlap: number): string {
	const pct = Math.round(overlap * 100);
	if (level === 'high') return m.advice_agreement_high({ a, b, pct });
	if (level === 'some') return m.advice_agreement_some({ a, b, pct });
	return m.advice_agreement_low({ a, b, pct });
}
