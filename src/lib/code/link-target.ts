// What a link to the professional code points at, as one form value: an article by its stable id
// ("a:<article id>") or a kernwaarde by its number ("k:<number>"). Both stay the same across versions.

export type CodeLinkTarget = { kind: 'article'; articleId: string } | { kind: 'kernwaarde'; number: string };

export function linkTargetValue(target: CodeLinkTarget): string {
	return target.kind === 'article' ? `a:${target.articleId}` : `k:${target.number}`;
}

export function parseLinkTargetValue(value: string): CodeLinkTarget | null {
	if (value.startsWith('a:') && value.length > 2) return { kind: 'article', articleId: value.slice(2) };
	if (value.startsWith('k:') && value.length > 2) return { kind: 'kernwaarde', number: value.slice(2) };
	return null;
}

/** The options a picker shows: the code members read, articles grouped per chapter, and its kernwaarden. */
export interface CodeLinkOptions {
	codeId: string;
	codeTitle: string;
	chapters: { number: string; title: string; articles: { value: string; number: string; title: string }[] }[];
	kernwaarden: { value: string; number: string; name: string }[];
}
