import { describe, expect, it } from 'vitest';
import { findBuiltInMethod } from '../team/methods';
import { applyIntent, draftFromMethod, parseMethodDraft, readIntent, readMethodDraft } from './team-method';

const draft = () => draftFromMethod(findBuiltInMethod('troika')!);

/** The draft as the edit form posts it: phases in their order, each field as `<field>-<key>`. */
function posted(d: ReturnType<typeof draft>, extra: [string, string][] = []): URLSearchParams {
	const form = new URLSearchParams({ name: d.name, summary: d.summary, whenToUse: d.whenToUse, needs: d.needs });
	for (const p of d.phases) {
		form.append('phase', p.key);
		form.set(`title-${p.key}`, p.title);
		form.set(`active-${p.key}`, p.active);
		if (p.inbrengerInRoom) form.set(`inbrengerInRoom-${p.key}`, 'ja');
		form.set(`minutes-${p.key}`, p.minutes);
		form.set(`prompt-${p.key}`, p.prompt);
		form.set(`produces-${p.key}`, p.produces);
	}
	for (const [k, v] of extra) form.append(k, v);
	return form;
}

describe('the method edit form', () => {
	it('reads back what it posts, in the posted order, and saves it as a method', () => {
		const read = readMethodDraft(posted(draft()));
		expect(read).toEqual(draft());
		const parsed = parseMethodDraft(read);
		expect(parsed.ok && parsed.method.phases.map((p) => p.minutes)).toEqual([5, 5, 10, 5]);
	});

	it('drops phase keys that are malformed or posted twice', () => {
		const form = posted(draft(), [
			['phase', 'vraag'],
			['phase', '../x'],
			['phase', 'X']
		]);
		expect(readMethodDraft(form).phases.map((p) => p.key)).toEqual([
			'vraag',
			'verhelderen',
			'consultatie',
			'terugkoppeling'
		]);
	});

	it('an unticked box means the inbrenger is not in the room', () => {
		const form = posted(draft());
		form.delete('inbrengerInRoom-consultatie');
		expect(readMethodDraft(form).phases[2].inbrengerInRoom).toBe(false);
	});

	it('adds, moves and removes steps without losing what was typed', () => {
		const typed = { ...draft(), name: 'Onze troika' };
		const added = applyIntent(typed, { kind: 'add' })!;
		expect(added.name).toBe('Onze troika');
		expect(added.phases.at(-1)).toMatchObject({ key: 'fase-5', title: '', minutes: '10' });
		const moved = applyIntent(added, { kind: 'up', key: 'consultatie' })!;
		expect(moved.phases.map((p) => p.key)).toEqual(['vraag', 'consultatie', 'verhelderen', 'terugkoppeling', 'fase-5']);
		const removed = applyIntent(moved, { kind: 'remove', key: 'vraag' })!;
		expect(removed.phases.map((p) => p.key)).toEqual(['consultatie', 'verhelderen', 'terugkoppeling', 'fase-5']);
		expect(applyIntent(removed, { kind: 'up', key: 'consultatie' })).toBeNull();
		expect(applyIntent(removed, { kind: 'down', key: 'fase-5' })).toBeNull();
		expect(applyIntent(removed, { kind: 'remove', key: 'bestaat-niet' })).toBeNull();
	});

	it('keeps at least two steps and at most fifteen', () => {
		let d = draft();
		d = applyIntent(d, { kind: 'remove', key: 'vraag' })!;
		d = applyIntent(d, { kind: 'remove', key: 'verhelderen' })!;
		expect(applyIntent(d, { kind: 'remove', key: 'consultatie' })).toBeNull();
		for (let i = d.phases.length; i < 15; i++) d = applyIntent(d, { kind: 'add' })!;
		expect(d.phases).toHaveLength(15);
		expect(new Set(d.phases.map((p) => p.key)).size).toBe(15);
		expect(applyIntent(d, { kind: 'add' })).toBeNull();
	});

	it('refuses an empty step with Dutch messages at its own fields', () => {
		const added = applyIntent({ ...draft(), name: ' ' }, { kind: 'add' })!;
		const parsed = parseMethodDraft({
			...added,
			phases: added.phases.map((p) => (p.key === 'vraag' ? { ...p, minutes: '0' } : p))
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toMatchObject({
			name: 'Geef de methode een naam.',
			'title-fase-5': 'Geef deze stap een titel.',
			'prompt-fase-5': 'Schrijf op wat je in deze stap doet.',
			'minutes-vraag': 'Vul een aantal minuten in, van 1 tot 180.'
		});
	});

	it('reads which button was pressed; anything else saves', () => {
		expect(readIntent(new URLSearchParams('intent=add'))).toEqual({ kind: 'add' });
		expect(readIntent(new URLSearchParams('intent=remove:fase-2'))).toEqual({ kind: 'remove', key: 'fase-2' });
		expect(readIntent(new URLSearchParams('intent=down:vraag'))).toEqual({ kind: 'down', key: 'vraag' });
		expect(readIntent(new URLSearchParams('intent=drop:vraag'))).toEqual({ kind: 'save' });
		expect(readIntent(new URLSearchParams(''))).toEqual({ kind: 'save' });
	});
});
