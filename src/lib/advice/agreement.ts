import { m } from '../paraglide/messages';

/** "Inwoners en sociaal werkers kozen grotendeels dezelfde thema's (72% van hun stippen)." */
export function agreementSentence(level: 'high' | 'some' | 'low', a: string, b: string, overlap: number): string {
	const pct = Math.round(overlap * 100);
	const sentence =
		level === 'high'
			? m.advice_agreement_high({ a, b, pct })
			: level === 'some'
				? m.advice_agreement_some({ a, b, pct })
				: pct === 0
					? m.admin_fix_agreement_none({ a, b })
					: m.advice_agreement_low({ a, b, pct });
	// Group labels are written in lower case ("inwoners"), but the sentence starts with one of them.
	return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}
