/** Expected failures of a use case. Routes map them to an HTTP status at the edge (see http.ts). */
export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHORIZED' | 'INVALID_INPUT' | 'CONFLICT' | 'RATE_LIMITED';

const STATUS: Record<AppErrorCode, number> = {
	NOT_FOUND: 404,
	FORBIDDEN: 403,
	UNAUTHORIZED: 401,
	INVALID_INPUT: 400,
	CONFLICT: 409,
	RATE_LIMITED: 429
};

export class AppError extends Error {
	constructor(
		readonly code: AppErrorCode,
		/** Dutch, B1: shown to the user as is. */
		message: string,
		readonly fields?: Record<string, string>
	) {
		super(message);
		this.name = 'AppError';
	}
	get status(): number {
		return STATUS[this.code];
	}
}

export const notFound = (message = 'Niet gevonden.') => new AppError('NOT_FOUND', message);
export const forbidden = (message = 'Dit mag je niet doen.') => new AppError('FORBIDDEN', message);
