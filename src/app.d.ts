import type { Actor, UserActor } from '$lib/server/actor';
import type { AppContext } from '$lib/server/app';

declare global {
	interface Window {
		/** static/keep-typed.js: puts back what was typed before hydration; gone once called. */
		vakspiegelKeepTyped?: () => void;
	}
	namespace App {
		interface Error {
			message: string;
			errorId?: string;
			/** Resident pages: a short heading above the message, and links to what to do next. */
			title?: string;
			next?: { href: string; text: string }[];
			/** A portfolio export refused by the resident-data guard (issue 19): where, masked, with a link to fix it. */
			places?: { on: string; label: string; field: string; found: string; excerpt: string; href: string }[];
		}
		interface Locals {
			app: AppContext;
			/** The signed-in person, or null. */
			user: UserActor | null;
			/** Who acts in use cases: the signed-in person; null when nobody is signed in. */
			actor: Actor | null;
			locale: 'nl' | 'en';
			/** Set by resident pages whose language is not the app's (html lang and dir). */
			htmlLang?: string;
			htmlDir?: 'ltr' | 'rtl';
			/** Set by a resident's submit that leads to the follow-up step (see /f/[token]). */
			feedbackDone?: { firstName: string; batchSize: number; address: 'je' | 'u'; language: string };
			/** Set by a resident's submit that was refused: the page keeps the form with the typed text. */
			feedbackRefused?: boolean;
		}
		/** adapter-node gives the Node request (absent under `vite dev`). */
		interface Platform {
			req?: import('node:http').IncomingMessage;
		}
	}
}

export {};
