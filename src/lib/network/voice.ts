import { m } from '../paraglide/messages';

// Who the network is about. A client's casus speaks of the client ("Ecogram van M.K.", "de cliënt");
// the practice map ("Mijn eigen netwerk", seed 003 tip 4) is the worker's own and speaks to them
// ("Je eigen ecogram", "jij"). Pages, the print view and the PDF take their words from here.

export interface CaseVoiceOf {
	kind: string;
	/** The pseudonym of the client (or, on the practice map, "Mijn eigen netwerk"). */
	label: string;
}

const own = (c: CaseVoiceOf) => c.kind === 'practice';

export const caseVoice = {
	/** Who stands in the centre of the drawing: the client's pseudonym, or "Ik" on your own map. */
	centreName: (c: CaseVoiceOf) => (own(c) ? m.network_practice_pseudonym() : c.label),
	navLabel: (c: CaseVoiceOf) => (own(c) ? m.network_practice_nav_label() : m.network_nav_label({ client: c.label })),
	groslijstHeading: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_heading_groslijst() : m.network_groslijst_heading({ client: c.label }),
	circleHeading: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_heading_circle() : m.network_circle_heading({ client: c.label }),
	ecogramHeading: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_heading_ecogram() : m.network_ecogram_heading({ client: c.label }),
	versionsHeading: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_heading_versions() : m.network_versions_heading({ client: c.label }),
	planHeading: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_heading_plan() : m.network_plan_heading({ client: c.label }),
	fgpHeading: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_heading_fgp() : m.network_fgp_heading({ client: c.label }),
	shareHeading: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_heading_share() : m.network_share_heading({ client: c.label }),
	pdfTitle: (c: CaseVoiceOf, pseudonymised = false) =>
		own(c)
			? pseudonymised
				? m.network_practice_pdf_title_pseudonymised()
				: m.network_practice_pdf_title()
			: pseudonymised
				? m.network_pdf_title_pseudonymised({ client: c.label })
				: m.network_pdf_title({ client: c.label }),
	compareFrom: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_compare_from() : m.network_compare_drawing_from({ client: c.label }),
	compareTo: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_compare_to() : m.network_compare_drawing_to({ client: c.label }),
	groslijstIntro: (c: CaseVoiceOf) => (own(c) ? m.network_practice_groslijst_intro() : m.network_groslijst_intro()),
	newNameHelp: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_field_new_name_help() : m.network_field_new_name_help(),
	circleIntro: (c: CaseVoiceOf) => (own(c) ? m.network_practice_circle_intro() : m.network_circle_intro()),
	relationTitle: (c: CaseVoiceOf) => (own(c) ? m.network_practice_relation_title() : m.network_relation_title()),
	planIntro: (c: CaseVoiceOf) => (own(c) ? m.network_practice_plan_intro() : m.network_plan_intro()),
	goalHelp: (c: CaseVoiceOf) => (own(c) ? m.network_practice_field_goal_help() : m.network_field_goal_help()),
	/** The client as a choice for "wie" in the plan: "M.K. (de cliënt)", or "Ik" on your own map. */
	whoOption: (c: CaseVoiceOf) => (own(c) ? m.network_practice_pseudonym() : `${c.label} (${m.network_who_client()})`),
	dossierTitle: (c: CaseVoiceOf) => (own(c) ? m.network_practice_dossier_title() : m.network_dossier_title()),
	rolesTitle: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_roles_title_own() : m.network_practice_roles_title({ client: c.label }),
	rolesIntro: (c: CaseVoiceOf) =>
		own(c) ? m.network_practice_roles_intro_own() : m.network_practice_roles_intro({ client: c.label }),
	/** The centre of the drawing in words: who is in the middle and their roles. */
	centreLine: (c: CaseVoiceOf, roles: string) => {
		const list = roles || m.network_practice_roles_none();
		return own(c)
			? m.network_practice_roles_line_own({ roles: list })
			: m.network_practice_roles_line({ client: c.label, roles: list });
	}
};
