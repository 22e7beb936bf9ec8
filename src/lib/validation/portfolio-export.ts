import { z } from 'zod';
import { m } from '../paraglide/messages';

// The period of a portfolio export (issue 19): two days, the second not before the first, at most
// ten years apart (two registration periods).

const day = () => z.iso.date({ error: () => m.pfx_error_date() });

export const exportPeriodSchema = z.object({ van: day(), tot: day() }).superRefine((v, ctx) => {
	if (v.tot < v.van) ctx.addIssue({ code: 'custom', path: ['tot'], message: m.pfx_error_order() });
	const years = (Date.parse(v.tot) - Date.parse(v.van)) / (365.25 * 24 * 3600 * 1000);
	if (years > 10) ctx.addIssue({ code: 'custom', path: ['tot'], message: m.pfx_error_span() });
});
