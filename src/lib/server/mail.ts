import type { Transporter } from 'nodemailer';
import { config } from './config';
import { logger } from './logger';

export interface Mailer {
	/** True when the message was handed to the SMTP server; false when no SMTP server is configured. */
	send(message: { to: string; subject: string; text: string }): Promise<boolean>;
}

let transport: Transporter | null = null;

/** Sends through SMTP_URL when it is set; otherwise links are shown to the admin to pass on. */
export const mailer: Mailer = {
	async send(message) {
		if (!config.smtpUrl) return false;
		if (!transport) {
			const nodemailer = await import('nodemailer');
			transport = nodemailer.createTransport(config.smtpUrl);
		}
		try {
			await transport.sendMail({ from: config.mailFrom, ...message });
			return true;
		} catch (e) {
			// The link is then shown to the admin instead: a mail failure must not lose the invitation.
			logger.warn({ err: (e as Error).message }, 'mail not sent');
			return false;
		}
	}
};

export const noMail: Mailer = { send: async () => false };
