/** What an erasure does with a part of a person's data, and why (shared by the server and the dry-run page). */

/**
 * Why a part goes, changes or stays. Each code has a text in the message catalogue
 * (`avg_reason_<code>`), shown in the admin's dry run.
 */
export type Reason =
	| 'own' // the person's own work: reflections, self-ratings, their membership
	| 'own_feedback' // residents' answers to this worker: only ever for this worker
	| 'account' // sign-in data
	| 'private_case' // a casus only this worker was assigned to
	| 'shared_case' // a casus colleagues are still assigned to: it stays for them
	| 'team_work' // made for or with the team: it stays, without the person's name or id
	| 'team_figure' // an aggregate that must survive (released team figures)
	| 'audit' // the log of what happened: it stays, without the person's name or id
	| 'consultation'; // reactions to a code consultation: they stay, no longer traceable to the person

export type Action = 'delete' | 'anonymise' | 'keep';
