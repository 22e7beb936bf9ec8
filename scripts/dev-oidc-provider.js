#!/usr/bin/env node
// A local OpenID Connect provider to try "Inloggen met je werkaccount" (README → "Inloggen met je
// werkaccount"). Development only: it signs in whoever asks, as the person given here, without a
// password. It listens on 127.0.0.1 only.
//   node scripts/dev-oidc-provider.js --email piet@wijkteam.example --name "Piet Proef"
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { OAuth2Server } from 'oauth2-mock-server';

const { values } = parseArgs({
	options: {
		email: { type: 'string', default: 'piet@wijkteam.example' },
		name: { type: 'string', default: 'Piet Proef' },
		port: { type: 'string', default: '9400' }
	}
});

const provider = new OAuth2Server();
await provider.issuer.keys.generate('RS256');
provider.issuer.url = `http://127.0.0.1:${Number(values.port)}`;
await provider.start(Number(values.port), '127.0.0.1');
// Shaped like a Microsoft Entra ID work account: oid and tid, the address as preferred_username, no
// email_verified. The same address gives the same oid, so signing in again finds the same account.
const oid = createHash('sha256').update(values.email).digest('hex').slice(0, 32);
provider.service.on('beforeTokenSigning', (token) => {
	Object.assign(token.payload, {
		sub: `sub-${oid}`,
		oid,
		tid: 'lokale-tenant',
		preferred_username: values.email,
		name: values.name
	});
});

const domain = values.email.split('@')[1];
process.stdout.write(
	`Lokale OIDC-provider op ${provider.issuer.url} (iedereen logt in als ${values.name} <${values.email}>).\n` +
		`Start Vakspiegel in een tweede terminal met:\n\n` +
		`  VAKSPIEGEL_OIDC_ISSUER=${provider.issuer.url} VAKSPIEGEL_OIDC_CLIENT_ID=vakspiegel-dev \\\n` +
		`  VAKSPIEGEL_OIDC_CLIENT_SECRET=dev-geheim VAKSPIEGEL_OIDC_DOMAINS=${domain} npm run dev\n\n` +
		`Stoppen: Ctrl+C.\n`
);
