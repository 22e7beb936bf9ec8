/** A download of a casus: never cached, with a file name that holds no client name. */
export function downloadResponse(body: string | Buffer, type: string, name: string): Response {
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'Content-Type': type,
			'Content-Disposition': `attachment; filename="${name}"`,
			'Cache-Control': 'private, no-store'
		}
	});
}
