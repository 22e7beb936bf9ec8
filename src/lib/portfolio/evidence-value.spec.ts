import { describe, expect, it } from 'vitest';
import { evidenceValue, parseEvidenceValue, type EvidenceTarget } from './evidence-value';

const id = '0b6f2c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e';
const other = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

describe('evidence form values', () => {
	const targets: EvidenceTarget[] = [
		{ kind: 'mirror_theme', dimension: 'appointments' },
		{ kind: 'mirror_quote', responseId: id, field: 'better' },
		{ kind: 'reflection', id },
		{ kind: 'dilemma', id },
		{ kind: 'session', participantId: id },
		{ kind: 'code_round', roundId: id },
		{ kind: 'code_article', codeId: id, articleId: other },
		{ kind: 'kernwaarde', codeId: id, number: '1' },
		{ kind: 'practice_story', id },
		{ kind: 'activity', id }
	];

	it('reads back every kind it writes', () => {
		for (const t of targets) expect(parseEvidenceValue(evidenceValue(t))).toEqual(t);
	});

	it('refuses anything else: no id, a made-up kind, extra parts, a quote without its answer, SQL in a key', () => {
		for (const bad of [
			'',
			'reflection:',
			'reflection:abc',
			'story',
			`verzonnen:${id}`,
			`reflection:${id}:extra`,
			`quote:${id}`,
			`quote:${id}:followUp`,
			`article:${id}`,
			"theme:time'; drop table user; --",
			'theme:1abc',
			`kernwaarde:${id}:1 or 1`
		]) {
			expect(parseEvidenceValue(bad), bad).toBeNull();
		}
	});
});
