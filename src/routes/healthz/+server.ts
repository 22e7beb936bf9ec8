import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

const TIMEOUT_MS = 2000;

export const GET: RequestHandler = async ({ locals }) => {
	const { database } = locals.app;
	try {
		await Promise.race([
			database.ping(),
			new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS))
		]);
		return json({ status: 'ok', database: database.engine }, { headers: { 'Cache-Control': 'no-store' } });
	} catch {
		return json(
			{ status: 'unavailable', database: database.engine },
			{ status: 503, headers: { 'Cache-Control': 'no-store' } }
		);
	}
};
