/**
 * The browser side of a live stream's "state" event (realtime.ts, ADR 0004). A stream sends it first
 * when it opens, and again after a reconnect that could not resume. A page is rendered from the server
 * a moment before its stream opens (a slow phone, a busy server: up to seconds); a change in that
 * moment has no event of its own on the new stream, so the first state is compared with what the
 * page shows, and the page catches up when they differ. After a reconnect it always catches up.
 */
export function followStreamState(
	source: EventSource,
	/** What the page shows, under the names the stream's state uses (read when the state comes). */
	shown: () => Record<string, unknown>,
	catchUp: () => void
): void {
	let connected = false;
	source.addEventListener('state', (event) => {
		// Says the page is live (tests wait for it; nothing else reads it).
		document.documentElement.dataset.live = 'open';
		if (connected || stateDiffers(shown(), (event as MessageEvent<string>).data)) catchUp();
		connected = true;
	});
}

/** Whether a state (the event's JSON) differs from what the page shows in any of the shown names. */
export function stateDiffers(shown: Record<string, unknown>, data: string): boolean {
	let state: Record<string, unknown>;
	try {
		state = JSON.parse(data) as Record<string, unknown>;
	} catch {
		return true;
	}
	if (typeof state !== 'object' || state === null) return true;
	return Object.keys(shown).some((key) => JSON.stringify(state[key]) !== JSON.stringify(shown[key]));
}
