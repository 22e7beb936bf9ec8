import { fail, redirect } from '@sveltejs/kit';
import { importCodeVersion } from '$lib/server/code/import-code-version';
import { listCodeVersions } from '$lib/server/code/list-code-versions';
import { AppError } from '$lib/server/errors';
import { orError } from '$lib/server/http';
import { idFrom, type CodeId } from '$lib/server/ids';
import { m } from '$lib/paraglide/messages';
import { MAX_CODE_FILE_KB } from '$lib/code/upload';
import { codeContext } from '../code-route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await codeContext(event);
	return { codes: await orError(listCodeVersions(actor, db, organisationId)) };
};

const MAX_TITLE = 200;

export const actions: Actions = {
	// Read by hand: a multipart form with a file (the zod form helper reads text fields only).
	upload: async (event) => {
		const { organisationId, actor, db } = await codeContext(event);
		let data: FormData;
		try {
			data = await event.request.formData();
		} catch {
			return fail(400, { values: {}, message: m.error_form_unreadable() });
		}
		const codeField = data.get('code');
		const titleField = data.get('titel');
		const values = {
			code: typeof codeField === 'string' ? codeField.slice(0, 40) : '',
			titel: typeof titleField === 'string' ? titleField.slice(0, MAX_TITLE) : ''
		};
		const refuse = (message: string) => fail(400, { values, message });
		if (typeof titleField === 'string' && titleField.length > MAX_TITLE)
			return refuse(m.code_version_error_title_too_long());
		const file = data.get('bestand');
		if (!(file instanceof File) || file.size === 0) return refuse(m.code_version_error_no_file());
		if (file.size > MAX_CODE_FILE_KB * 1024) return refuse(m.code_version_error_too_large({ kb: MAX_CODE_FILE_KB }));
		let markdown: string;
		try {
			markdown = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
		} catch {
			return refuse(m.code_version_error_not_text());
		}
		if (markdown.includes('\u0000')) return refuse(m.code_version_error_not_text());
		let versionId: string;
		try {
			const result = await importCodeVersion(actor, db, {
				organisationId,
				markdown: markdown.replace(/^\uFEFF/u, ''),
				codeId: values.code ? idFrom<CodeId>(values.code) : null,
				title: values.code ? null : values.titel,
				publish: false
			});
			versionId = result.versionId;
		} catch (e) {
			if (e instanceof AppError) return fail(e.status, { values, message: e.message });
			throw e;
		}
		redirect(303, `/beroepscode/beheer/versie/${versionId}?ingelezen=1`);
	}
};
