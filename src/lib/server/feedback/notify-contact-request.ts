import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { user } from '../db/schema';
import type { Mailer } from '../mail';
import { m } from '../../paraglide/messages';

/**
 * Tells the worker by e-mail that a resident asked for a conversation, with a link to Vakspiegel.
 * The e-mail holds no name, contact or answer of the resident: mail passes through servers we do not
 * control, and a notice is all the worker needs to go and look. Sent in Dutch, the app's language.
 * Resolves to false when it could not be sent (no SMTP configured, or the server refused): the request
 * is on the worker's home page either way.
 */
export async function notifyContactRequest(
	db: Db,
	workerUserId: string,
	ctx: { origin: string; mailer: Mailer }
): Promise<boolean> {
	const [worker] = await db.select({ email: user.email }).from(user).where(eq(user.id, workerUserId));
	if (!worker?.email) return false;
	return ctx.mailer.send({
		to: worker.email,
		subject: m.contact_mail_subject({}, { locale: 'nl' }),
		text: m.contact_mail_body({ url: `${ctx.origin}/` }, { locale: 'nl' })
	});
}
