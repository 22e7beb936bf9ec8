import { deserialize } from '$app/forms';
import { beforeNavigate, goto, invalidateAll } from '$app/navigation';
import type { ActionResult, SubmitFunction } from '@sveltejs/kit';

/** A card's save state with JavaScript on (issue 14): shown per card, and it guards leaving the page. */
export type SaveState = 'dirty' | 'saving' | 'saved' | 'failed';

/**
 * Autosave per card: every change marks the card "not saved" and, after a short pause (so ticking
 * three boxes is one save), posts that card alone to the page's single-card action. A change made
 * while a save is on its way is saved after it. Saves of one card never overtake each other.
 */
export class AutoSave {
	states: Record<string, SaveState> = $state({});
	errors: Record<string, string> = $state({});
	#timers = new Map<string, ReturnType<typeof setTimeout>>();
	#versions = new Map<string, number>();
	#queue = new Map<string, Promise<void>>();

	constructor(
		/** The card's fields for the single-card action, or a message when it cannot be saved yet. */
		private readonly body: (key: string) => FormData | { incomplete: string },
		private readonly action: string,
		private readonly messages: { offline: () => string },
		private readonly delay = 600
	) {}

	/** Anything changed and not (yet) saved: leaving the page would lose it. */
	get unsaved(): boolean {
		return Object.keys(this.states).some((k) => this.pending(k));
	}

	pending(key: string): boolean {
		const s = this.states[key];
		return s === 'dirty' || s === 'saving' || s === 'failed';
	}

	changed(key: string, delay = this.delay): void {
		this.#versions.set(key, (this.#versions.get(key) ?? 0) + 1);
		this.states[key] = 'dirty';
		delete this.errors[key];
		clearTimeout(this.#timers.get(key));
		this.#timers.set(
			key,
			setTimeout(() => void this.flush(key), delay)
		);
	}

	/** Which change each card is at: to settle only what a page-wide save really carried. */
	snapshot(): Map<string, number> {
		return new Map(this.#versions);
	}

	/** Cards saved by the page-wide form or a drag: saved, unless changed again since `snapshot`. */
	settle(snapshot: Map<string, number>): void {
		for (const [key, version] of snapshot) {
			if (this.#versions.get(key) !== version || !this.pending(key)) continue;
			clearTimeout(this.#timers.get(key));
			this.states[key] = 'saved';
			delete this.errors[key];
		}
	}

	/** A card changed another way (dragged in the drawing): nothing of it is left to save. */
	forget(key: string): void {
		clearTimeout(this.#timers.get(key));
		this.#versions.set(key, (this.#versions.get(key) ?? 0) + 1);
		delete this.states[key];
		delete this.errors[key];
	}

	flush(key: string): Promise<void> {
		clearTimeout(this.#timers.get(key));
		const next = (this.#queue.get(key) ?? Promise.resolve()).then(() => this.#save(key));
		this.#queue.set(key, next);
		return next;
	}

	async #save(key: string): Promise<void> {
		if (this.states[key] !== 'dirty' && this.states[key] !== 'failed') return;
		const version = this.#versions.get(key);
		const body = this.body(key);
		if (!(body instanceof FormData)) {
			this.states[key] = 'failed';
			this.errors[key] = body.incomplete;
			return;
		}
		this.states[key] = 'saving';
		let message = '';
		try {
			const response = await fetch(this.action, {
				method: 'POST',
				body,
				headers: { 'x-sveltekit-action': 'true', accept: 'application/json' }
			});
			const result: ActionResult = deserialize(await response.text());
			if (result.type === 'failure') message = String(result.data?.message || this.messages.offline());
			else if (result.type === 'error') message = String(result.error?.message || this.messages.offline());
		} catch {
			message = this.messages.offline();
		}
		if (this.#versions.get(key) !== version) return; // changed meanwhile: its own timer saves it again
		if (message) {
			this.states[key] = 'failed';
			this.errors[key] = message;
			return;
		}
		this.states[key] = 'saved';
		// The drawing and the text version follow the saved card.
		await invalidateAll();
	}
}

/**
 * Warns before leaving the page while something is not saved: another page in the app (a dialog),
 * a reload or closing the tab (the browser's own question). Coming back to this page after a save
 * (same path) is not leaving.
 */
export function guardUnsaved(isUnsaved: () => boolean, message: () => string): void {
	beforeNavigate((navigation) => {
		if (!isUnsaved()) return;
		if (navigation.to && navigation.to.url.pathname === navigation.from?.url.pathname) return;
		if (navigation.willUnload) navigation.cancel();
		else if (!confirm(message())) navigation.cancel();
	});
}

/**
 * use:enhance that keeps the place (issue 14): after a save the page reloads its data where it is,
 * without jumping to the top or the anchor, and the focus stays on the button. Without JavaScript
 * the same actions redirect to an anchor at the card instead. `start` runs when the form is sent
 * and may return what to do once it is saved (e.g. mark the cards it carried as saved); `reset`
 * empties a form that adds something (a new goal, a new action) after it is saved.
 */
export function keepPlace(start?: () => (() => void) | void, options: { reset?: boolean } = {}): SubmitFunction {
	return () => {
		const saved = start?.();
		return async ({ result, update, formElement }) => {
			if (result.type === 'redirect') {
				await goto(result.location, { invalidateAll: true, noScroll: true, keepFocus: true, replaceState: true });
				// A form that adds something starts empty again; the page's own fields keep what they show.
				if (options.reset) formElement.reset();
				saved?.();
			} else {
				await update({ reset: false });
			}
		};
	};
}
