// Neither package ships type declarations; these cover only what the theme suggestion uses.
declare module '@nlpjs/lang-nl' {
	export class StemmerNl {
		stemWord(word: string): string;
	}
}

declare module 'stopword' {
	export const nld: string[];
}
