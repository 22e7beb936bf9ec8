import { m } from '../paraglide/messages';
import { formatDate } from '../format';
import { formatHours, type ProgressWarning } from './progress';

/** A rule not met, in B1 Dutch, naming the line or the category. */
export function warningText(w: ProgressWarning, label: (category: string) => string, locale: string): string {
	const h = (minutes: number) => formatHours(minutes, locale);
	switch (w.kind) {
		case 'meeting_too_short':
			return m.pfl_warn_meeting_short({
				title: w.title,
				date: formatDate(w.occurredOn, locale),
				minutes: w.netMinutes,
				min: w.minMinutes
			});
		case 'no_accreditation':
			return m.pfl_warn_no_accreditation({
				title: w.title,
				date: formatDate(w.occurredOn, locale),
				category: label(w.category)
			});
		case 'category_short':
			return m.pfl_warn_category_short({ category: label(w.category), hours: h(w.leftMinutes) });
		case 'total_short':
			return m.pfl_warn_total_short({ hours: h(w.leftMinutes) });
	}
}
