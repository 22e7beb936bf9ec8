import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { systemActor } from '../lib/server/actor';
import { writeAudit } from '../lib/server/audit';
import { readConfig } from '../lib/server/config';
import { openDatabase, type Database } from '../lib/server/db/client';
import { DataDirLockedError } from '../lib/server/db/pglite-lock';
import { exportData, importData, ImportError, type DataDump } from '../lib/server/db/dump';
import { RecordingFiles } from '../lib/server/feedback/recording-files';
import { formatDemoAccounts } from '../lib/server/demo/format-demo-accounts';
import { seedDemo } from '../lib/server/demo/seed-demo';
import { createOrganisation } from '../lib/server/organisation/create-organisation';
import { createOperatorPasswordReset } from '../lib/server/organisation/create-operator-password-reset';
import { AppError } from '../lib/server/errors';
import { createAdminSchema } from '../lib/validation/organisation';
import { randomBytes } from 'node:crypto';
import { suggestThemesCommand } from './suggest-themes';
import { importCodeCommand } from './import-code';

const HELP = `Vakspiegel — opdrachten voor beheer

Gebruik: npx vakspiegel <opdracht> [opties]

Opdrachten:
  migrate                         Werk de database bij naar de nieuwste versie.
  seed-demo [--json]              Maak de demo-organisatie "Wijkteam Voorbeeldstad (demo)" (of vernieuw
                                  de wachtwoorden van de demo-accounts) en toon de inloggegevens.
                                  --json: als JSON, {"users":[{"email","password","roles"}], …}.
  create-admin --email E --org NAAM [--name N]
                                  Maak een organisatie met een eerste beheerder. Toont een eenmalig
                                  wachtwoord (als het account nog niet bestond).
  reset-password --email E       Maak een link waarmee deze persoon een nieuw wachtwoord kiest, ook
                                  als het account bij meer organisaties hoort (dat mag een beheerder
                                  in de app niet). Elke organisatie van het account ziet dit in haar
                                  auditlog. Geef de link zelf door; hij werkt één keer.
  export BESTAND                  Schrijf alle gegevens naar BESTAND (JSON, los van het databasetype).
  import BESTAND                  Lees alle gegevens uit BESTAND in een lege database.
  suggest-themes BESTAND [--json] Stel thema's voor bij tips uit een adviesvangen: één tip per regel
                                  (bijvoorbeeld overgetypte briefjes; - leest van standaardinvoer).
                                  --json: als JSON, {"themes":[{"name","keywords","tips"}],"unassigned"}.
                                  Gebruikt geen database.
  import-code BESTAND --org NAAM [--title TITEL]
                                  Lees een beroepscode in (Markdown: "### Hoofdstuk 1. …",
                                  "#### § 1. …", "##### Artikel 1.1", "## Kernwaarden",
                                  "## Begrippenlijst") als nieuwe versie, en toon wat erin staat.
                                  Een fout in het bestand wordt gemeld met het regelnummer.
                                  Voorbeeld: docs/voorbeeld-beroepscode.md.
  --help                          Toon deze hulp.

Database: DATABASE_URL (PostgreSQL) of, als die leeg is, de ingebouwde database in
VAKSPIEGEL_DATA_DIR (standaard ./data). Elke opdracht die de database gebruikt, werkt die eerst bij.
De ingebouwde database kan maar door één proces tegelijk worden gebruikt: stop eerst de server.
`;

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
	const config = readConfig();
	const database = await openDatabase({
		databaseUrl: config.databaseUrl,
		dataDir: config.dataDir,
		poolSize: 2,
		prepare: config.databasePrepare
	});
	try {
		return await work(database);
	} finally {
		await database.close();
	}
}

export async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	const { values, positionals } = parseArgs({
		args: rest,
		allowPositionals: true,
		options: {
			json: { type: 'boolean', default: false },
			email: { type: 'string' },
			org: { type: 'string' },
			name: { type: 'string' },
			title: { type: 'string' },
			help: { type: 'boolean', default: false }
		}
	});
	const out = (s: string) => process.stdout.write(s);
	const actor = systemActor('cli');

	switch (command) {
		case undefined:
		case '--help':
		case '-h':
		case 'help':
			out(HELP);
			return command === undefined ? 1 : 0;
		case 'migrate':
			await withDatabase(async (d) => out(`Database bijgewerkt (${d.engine}).\n`));
			return 0;
		case 'seed-demo': {
			const seed = await withDatabase((d) => seedDemo(actor, d.db));
			if (values.json) {
				out(
					JSON.stringify(
						{
							...seed,
							users: seed.users.map(({ email, password, roles, name }) => ({ email, password, roles, name }))
						},
						null,
						2
					) + '\n'
				);
			} else out(formatDemoAccounts(seed, readConfig().origin));
			return 0;
		}
		case 'create-admin': {
			const parsed = createAdminSchema.safeParse({
				email: values.email,
				organisationName: values.org,
				name: values.name ?? ''
			});
			if (!parsed.success) {
				process.stderr.write(
					`Gebruik: vakspiegel create-admin --email E --org NAAM [--name N]\n${parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`).join('\n')}\n`
				);
				return 2;
			}
			const password = randomBytes(12).toString('base64url');
			const { email, organisationName, name } = parsed.data;
			const result = await withDatabase((d) =>
				createOrganisation(actor, d.db, { name: organisationName, admin: { email, name: name || email, password } })
			);
			out(`Organisatie "${organisationName}" gemaakt met beheerder ${email}.\n`);
			out(
				result.newAccount
					? `Eenmalig wachtwoord: ${password}\nLog in op ${readConfig().origin}/inloggen.\n`
					: `Dit account bestond al: log in met het bestaande wachtwoord.\n`
			);
			return 0;
		}
		case 'reset-password': {
			if (!values.email) {
				process.stderr.write('Gebruik: vakspiegel reset-password --email E\n');
				return 2;
			}
			const config = readConfig();
			const reset = await withDatabase((d) =>
				createOperatorPasswordReset(actor, d.db, values.email!, {
					origin: config.origin,
					validHours: config.passwordResetHours
				})
			);
			out(
				`Link voor een nieuw wachtwoord (werkt één keer, tot ${reset.expiresAt.toISOString()}):\n${reset.url}\n` +
					`Geschreven in het auditlog van ${reset.organisations} organisatie(s).\n`
			);
			return 0;
		}
		case 'export': {
			const file = positionals[0];
			if (!file) {
				process.stderr.write('Gebruik: vakspiegel export BESTAND\n');
				return 2;
			}
			const dump = await withDatabase(async (d) => {
				const files = d.recordingsDir ? new RecordingFiles(d.recordingsDir) : null;
				const data = await exportData(d.db, d.engine, async (name) => (files ? files.read(name) : null));
				await writeAudit(d.db, actor, { organisationId: null, action: 'data.export', details: { file: 'cli' } });
				return data;
			});
			fs.writeFileSync(file, JSON.stringify(dump), { mode: 0o600 });
			const rows = Object.values(dump.tables).reduce((n, t) => n + t.length, 0);
			out(
				`${rows} rijen uit ${Object.keys(dump.tables).length} tabellen geschreven naar ${file}.\nLet op: dit bestand bevat persoonsgegevens en wachtwoord-hashes. Bewaar het veilig.\n`
			);
			return 0;
		}
		case 'import': {
			const file = positionals[0];
			if (!file || !fs.existsSync(file)) {
				process.stderr.write(`Gebruik: vakspiegel import BESTAND${file ? ` (bestand ${file} niet gevonden)` : ''}\n`);
				return 2;
			}
			let dump: DataDump;
			try {
				dump = JSON.parse(fs.readFileSync(file, 'utf8'));
			} catch {
				process.stderr.write(`${file} is geen geldig JSON-bestand.\n`);
				return 2;
			}
			const counts = await withDatabase(async (d) => {
				const c = await importData(d.db, dump);
				await writeAudit(d.db, actor, {
					organisationId: null,
					action: 'data.import',
					details: { rows: Object.values(c).reduce((a, b) => a + b, 0) }
				});
				return c;
			});
			out(`${Object.values(counts).reduce((a, b) => a + b, 0)} rijen ingelezen uit ${file}.\n`);
			return 0;
		}
		case 'suggest-themes':
			return suggestThemesCommand(positionals[0], values.json, { out, err: (s) => process.stderr.write(s) });
		case 'import-code':
			return importCodeCommand(
				{ file: positionals[0], org: values.org, title: values.title },
				{ out, err: (s) => process.stderr.write(s) },
				(work) => withDatabase((d) => work(d.db)),
				actor
			);
		default:
			process.stderr.write(`Onbekende opdracht: ${command}\n\n${HELP}`);
			return 2;
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (e) {
	if (e instanceof DataDirLockedError || e instanceof ImportError || e instanceof AppError) {
		process.stderr.write(`${e.message}\n`);
		process.exitCode = 1;
	} else {
		throw e;
	}
}
