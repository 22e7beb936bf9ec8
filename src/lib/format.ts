/** Dates as people in the Netherlands read them: "23 november 2026". */
export function formatDate(value: Date | string, locale = 'nl'): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		dateStyle: 'long',
		timeZone: 'Europe/Amsterdam'
	}).format(new Date(value));
}

export function formatDateTime(value: Date | string, locale = 'nl'): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Amsterdam'
	}).format(new Date(value));
}
