import { describe, expect, it } from 'vitest';
import {
	codeSpaceOf,
	FAILED_GUESSES_CEILING,
	FAILED_GUESSES_PER_SOURCE,
	FAILED_GUESSES_UNDER_ATTACK,
	GuessLimit
} from './guess-limit';

describe('guessing card and join codes', () => {
	it('covers /f and /doe-mee and everything under them, nothing else', () => {
		expect(['/f', '/f/K7QD-MX3A', '/doe-mee', '/doe-mee/ABC123', '/doe-mee/ABC123/live'].map(codeSpaceOf)).toEqual([
			'card',
			'card',
			'join',
			'join',
			'join'
		]);
		expect(['/feedback', '/fx', '/doe-meer', '/'].map(codeSpaceOf)).toEqual([null, null, null, null]);
	});

	it('a source gets its budget of failed guesses per minute, then waits; others are not slowed', () => {
		let now = 0;
		const limit = new GuessLimit({ now: () => now });
		for (let i = 0; i < FAILED_GUESSES_PER_SOURCE; i++) {
			expect(limit.check('card', 'script').allowed).toBe(true);
			limit.failed('card', 'script');
		}
		expect(limit.check('card', 'script')).toEqual({ allowed: false, retryAfterSeconds: 60 });
		expect(limit.check('join', 'script').allowed).toBe(true);
		expect(limit.check('card', 'phone').allowed).toBe(true);
		now += 60_000;
		expect(limit.check('card', 'script').allowed).toBe(true);
	});

	it('over the ceiling for the code space, a source that guessed wrong gets a smaller budget; a fresh one is never refused', () => {
		const limit = new GuessLimit({ now: () => 0 });
		// Many addresses, each a few wrong guesses: no single source reaches its own budget.
		for (let i = 0; i < FAILED_GUESSES_CEILING; i++) limit.failed('join', `bot-${i % 100}`);
		expect(limit.check('join', 'bot-1').allowed).toBe(false);
		expect(limit.check('join', 'fresh-phone').allowed).toBe(true);
		for (let i = 0; i < FAILED_GUESSES_UNDER_ATTACK - 1; i++) limit.failed('join', 'typo-phone');
		expect(limit.check('join', 'typo-phone').allowed).toBe(true);
		limit.failed('join', 'typo-phone');
		expect(limit.check('join', 'typo-phone').allowed).toBe(false);
		expect(limit.check('card', 'bot-1').allowed).toBe(true);
	});
});
