import { describe, expect, it } from 'vitest';
import { invitationSchema, memberSchema, organisationSettingsSchema } from './organisation';
import { acceptInvitationSchema, signInSchema } from './account';
import { ECHO_MAX_CHARS, fieldErrors, formValues, echoValues } from './form';

describe('form validation gives Dutch messages', () => {
	it('sign-in: missing fields', () => {
		const r = signInSchema.safeParse({ email: '', password: '' });
		expect(r.success).toBe(false);
		expect(fieldErrors(r.error!)).toEqual({ email: 'Vul je e-mailadres in.', password: 'Vul je wachtwoord in.' });
	});

	it('sign-in: lower-cases and trims the address', () => {
		expect(signInSchema.parse({ email: '  Sanne@Voorbeeld.NL ', password: 'x' }).email).toBe('sanne@voorbeeld.nl');
	});

	it('sign-in: rejects a non-address and an absurdly long password', () => {
		const r = signInSchema.safeParse({ email: 'geen-adres', password: 'x'.repeat(500) });
		expect(fieldErrors(r.error!)).toEqual({
			email: expect.stringContaining('geen geldig e-mailadres'),
			password: expect.stringContaining('te lang')
		});
	});

	it('new account: password rules and repeat', () => {
		const r = acceptInvitationSchema.safeParse({ name: ' ', password: 'kort', passwordRepeat: 'anders' });
		const errors = fieldErrors(r.error!);
		expect(errors.name).toBe('Vul je naam in.');
		expect(errors.password).toBe('Het wachtwoord is te kort. Gebruik minimaal 10 tekens.');
		const r2 = acceptInvitationSchema.safeParse({ name: 'A', password: 'lang genoeg hoor', passwordRepeat: 'anders' });
		expect(fieldErrors(r2.error!)).toEqual({ passwordRepeat: 'De twee wachtwoorden zijn niet hetzelfde.' });
	});

	it('organisation settings: k must be at least 2 (anonymity) and retention 1–120 months', () => {
		const base = { name: 'Org', contactEmail: '', feedbackBatchSize: '3', retentionMonths: '12' };
		expect(organisationSettingsSchema.parse(base)).toEqual({
			name: 'Org',
			contactEmail: null,
			feedbackBatchSize: 3,
			retentionMonths: 12
		});
		expect(
			fieldErrors(organisationSettingsSchema.safeParse({ ...base, feedbackBatchSize: '1' }).error!).feedbackBatchSize
		).toMatch(/van 3 tot en met 20/);
		// k = 2 lets a worker recognise one resident among two (issue 12, finding 17).
		expect(organisationSettingsSchema.safeParse({ ...base, feedbackBatchSize: '2' }).success).toBe(false);
		expect(organisationSettingsSchema.safeParse({ ...base, feedbackBatchSize: 'drie' }).success).toBe(false);
		expect(organisationSettingsSchema.safeParse({ ...base, retentionMonths: '0' }).success).toBe(false);
		// The other periods (issue 18): 1–120 when sent, kept as stored when the form does not send them.
		expect(
			organisationSettingsSchema.parse({ ...base, feedbackRetentionMonths: '24', auditRetentionMonths: '120' })
		).toMatchObject({ feedbackRetentionMonths: 24, auditRetentionMonths: 120 });
		for (const field of [
			'feedbackRetentionMonths',
			'adviceRetentionMonths',
			'auditRetentionMonths',
			'consultationRetentionMonths'
		])
			for (const bad of ['0', '121', 'twee'])
				expect(fieldErrors(organisationSettingsSchema.safeParse({ ...base, [field]: bad }).error!)[field]).toBe(
					'Kies een heel getal van 1 tot en met 120.'
				);
		expect(organisationSettingsSchema.safeParse({ ...base, name: 'x'.repeat(121) }).success).toBe(false);
	});

	it('organisation settings: own privacy texts are free text with a Dutch message (issue 13, item 2)', () => {
		const base = { name: 'Org', contactEmail: '', feedbackBatchSize: '3', retentionMonths: '12' };
		const ok = organisationSettingsSchema.parse({
			...base,
			privacy_feedback_nl: '  Wij bewaren \u200Bniets.\r\n\r\nTweede alinea.  ',
			privacy_advice_ar: ''
		});
		expect(ok.privacy_feedback_nl).toBe('Wij bewaren niets.\n\nTweede alinea.');
		expect(ok.privacy_advice_ar).toBe('');
		expect('privacy_feedback_en' in ok).toBe(false);
		expect(
			fieldErrors(organisationSettingsSchema.safeParse({ ...base, privacy_feedback_nl: 'a\u0000b' }).error!)
		).toEqual({
			privacy_feedback_nl:
				'In de tekst staat een onzichtbaar stuurteken dat niet mag. Typ de tekst opnieuw, of plak hem zonder opmaak.'
		});
		expect(
			fieldErrors(organisationSettingsSchema.safeParse({ ...base, privacy_advice_uk: 'x'.repeat(1501) }).error!)
		).toEqual({ privacy_advice_uk: 'Dit is te lang. Gebruik maximaal 1500 tekens.' });
	});

	it('roles: only known roles, at least one, no duplicates', () => {
		expect(memberSchema.parse({ roles: ['worker', 'worker', 'coach'] }).roles).toEqual(['worker', 'coach']);
		expect(fieldErrors(memberSchema.safeParse({ roles: [] }).error!).roles).toBe('Kies minimaal één rol.');
		expect(memberSchema.safeParse({ roles: ['superuser'] }).success).toBe(false);
		expect(invitationSchema.safeParse({ email: 'a@b.nl', roles: ['worker'], teamIds: ['not-a-uuid'] }).success).toBe(
			false
		);
	});
});

describe('form helpers', () => {
	it('reads repeated fields as lists and never echoes passwords', () => {
		const data = new FormData();
		data.append('email', 'a@b.nl');
		data.append('password', 'geheim');
		data.append('roles', 'worker');
		data.append('roles', 'coach');
		const values = formValues(data, ['roles', 'teamIds']);
		expect(values).toEqual({ email: 'a@b.nl', password: 'geheim', roles: ['worker', 'coach'], teamIds: [] });
		expect(echoValues(values)).not.toHaveProperty('password');
	});

	it('never sends a huge value back (issue 12, finding 17)', () => {
		const huge = 'x'.repeat(24 * 1024 * 1024);
		const echoed = echoValues({ email: huge, roles: Array.from({ length: 5000 }, () => huge.slice(0, 20)) });
		expect((echoed.email as string).length).toBeLessThanOrEqual(ECHO_MAX_CHARS);
		expect((echoed.roles as string[]).length).toBeLessThanOrEqual(200);
		expect(JSON.stringify(echoed).length).toBeLessThan(20_000);
	});
});
