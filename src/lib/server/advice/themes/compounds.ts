/**
 * Endings that make a derived word rather than a compound: "tijd|elijk" is not time plus something,
 * "open|baar" is not about openness.
 */
const DERIVATIONAL_ENDINGS = new Set([
	'elijk',
	'elijke',
	'lijk',
	'lijke',
	'heid',
	'heden',
	'baar',
	'bare',
	'loos',
	'loze',
	'schap',
	'achtig',
	'isch',
	'ische',
	'ingen',
	'eren',
	'tjes',
	'ende',
	'ster'
]);

const MIN_HEAD = 4;
const MIN_MODIFIER = 5;
const MIN_REST = 3;

/**
 * Known words inside a Dutch compound: "terugbelafspraak" → ["afspraak"], "tijdsdruk" → ["druk"] when
 * those words are known. Dutch writes compounds as one word, so "wachttijd" and "tijd" would otherwise
 * share nothing. The head (last part) carries the meaning and may be short; a modifier (first part) must
 * be longer, because short words start too many unrelated words ("wijk|team", "plan|ning").
 */
export function splitCompound(key: string, known: ReadonlySet<string>): string[] {
	const parts: string[] = [];
	for (let cut = MIN_REST; cut <= key.length - MIN_HEAD; cut++) {
		const head = key.slice(cut);
		if (known.has(head)) {
			parts.push(head);
			break;
		}
	}
	for (let cut = key.length - MIN_REST; cut >= MIN_MODIFIER; cut--) {
		const modifier = key.slice(0, cut);
		const rest = key.slice(cut);
		if (known.has(modifier) && !DERIVATIONAL_ENDINGS.has(rest) && !DERIVATIONAL_ENDINGS.has(rest.replace(/^s/, ''))) {
			if (!parts.includes(modifier)) parts.push(modifier);
			break;
		}
	}
	return parts;
}
