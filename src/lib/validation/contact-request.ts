import { z } from 'zod';

/** "Afgehandeld" (ja) or "Terugzetten" (nee) on one of the worker's call-back requests. */
export const contactRequestSchema = z.object({
	contactRequestId: z.uuid(),
	handled: z.enum(['ja', 'nee']).transform((v) => v === 'ja')
});
