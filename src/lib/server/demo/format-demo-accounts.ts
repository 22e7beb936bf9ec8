import type { DemoSeed } from './seed-demo';

const ROLE_NL: Record<string, string> = {
	worker: 'sociaal werker',
	coach: 'teamcoach',
	facilitator: 'facilitator',
	redacteur: 'redacteur beroepscode',
	admin: 'beheerder'
};

const codeRoundPath = (seed: DemoSeed) => (seed.code as { round?: string | null } | null | undefined)?.round ?? null;

/** The demo sign-in details as a block of plain text for the terminal. */
export function formatDemoAccounts(seed: DemoSeed, origin: string): string {
	const lines = [
		'',
		'  Vakspiegel — demo-organisatie "Wijkteam Voorbeeldstad (demo)" aangemaakt.',
		`  Log in op ${origin}/inloggen met een van deze demo-accounts.`,
		'  Deze wachtwoorden worden maar één keer getoond (opnieuw: npx vakspiegel seed-demo).',
		'',
		...seed.users.map(
			(u) =>
				`    ${u.roles
					.map((r) => ROLE_NL[r] ?? r)
					.join(' + ')
					.padEnd(26)} ${u.email.padEnd(40)} ${u.password}`
		),
		'',
		`  Demo-feedbackformulier over ${seed.users.find((u) => u.email === seed.feedback.worker)?.name ?? seed.feedback.worker}: ${origin}${seed.feedback.path}`,
		`  Of typ een kaartcode op ${origin}/f, bijvoorbeeld ${seed.feedback.cardCodes[0] ?? ''}`,
		`  Doe mee met de open demo-adviessessie: ${origin}/doe-mee/${seed.advice.code}`,
		...(seed.advice.outcome
			? [`  Wat deden we met jullie advies? (afgeronde sessie): ${origin}${seed.advice.outcome}`]
			: []),
		`  Demo-casus (netwerk, twee versies en een plan): ${origin}${seed.network.casePath}`,
		...(codeRoundPath(seed)
			? [`  Open reactieronde op de voorbeeld-beroepscode (redacteur): ${origin}${codeRoundPath(seed)}`]
			: []),
		'',
		''
	];
	return lines.join('\n');
}
