import { z } from 'zod';
import { addPaperTips } from '$lib/server/advice/add-paper-tips';
import { moderateAdviceTip } from '$lib/server/advice/moderate-advice-tip';
import { TIP_STATUSES } from '$lib/advice/model';
import { handleForm } from '$lib/server/http';
import { paperTipsSchema } from '$lib/validation/advice';
import { m } from '$lib/paraglide/messages';
import { adviceContext } from '../../../context';
import type { Actions } from './$types';
import { idFrom, type AdviceSessionId } from '$lib/server/ids';

const moderateSchema = z.object({
	tipId: z.uuid({ error: () => m.advice_error_unknown_item() }),
	status: z.enum(TIP_STATUSES, { error: () => m.advice_error_unknown_item() })
});

export const actions: Actions = {
	paper: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, paperTipsSchema, (input) =>
			addPaperTips(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input)
		);
		return result && 'added' in result ? { added: result.added } : result;
	},
	moderate: async (event) => {
		const { organisationId, actor, db } = await adviceContext(event);
		const result = await handleForm(event.request, moderateSchema, (input) =>
			moderateAdviceTip(actor, db, organisationId, idFrom<AdviceSessionId>(event.params.id), input)
		);
		return result ?? { moderated: true };
	}
};
