import { m } from '$lib/paraglide/messages';
import type { Method, PhaseActor, PhaseProduct } from '$lib/team/method';

/** The words the method pages use for the method format's values (one place for list, page and form). */
export const ACTOR_LABEL: Record<PhaseActor, () => string> = {
	everyone: m.tmethod_actor_everyone,
	inbrenger: m.tmethod_actor_inbrenger,
	group: m.tmethod_actor_group,
	voorzitter: m.tmethod_actor_voorzitter
};

export const PRODUCT_LABEL: Record<PhaseProduct, () => string> = {
	nothing: m.tmethod_product_nothing,
	notes: m.tmethod_product_notes,
	questions: m.tmethod_product_questions,
	advice: m.tmethod_product_advice,
	choice: m.tmethod_product_choice
};

export const NEEDS_LABEL: Record<Method['needs'], () => string> = {
	casus: m.tmethod_needs_casus,
	dilemma: m.tmethod_needs_dilemma,
	theme: m.tmethod_needs_theme
};

export const SCOPE_LABEL = {
	team: m.tmethod_scope_team,
	organisation: m.tmethod_scope_organisation,
	builtin: m.tmethod_scope_builtin
} as const;
