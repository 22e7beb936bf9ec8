const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** True for a well-formed uuid: checked before a query, so a bad id is "not found", never a database error. */
export const isUuid = (value: string): boolean => UUID.test(value);

declare const idOf: unique symbol;

/**
 * An id that says what it identifies. Use cases take the parent's id in this form, so swapping it
 * with a child's id (a case id and a goal id, a session id and a theme id) does not compile. Ids read
 * from the database carry it (the schema's `$type`); a string from outside gets it from `idFrom`, and the
 * use case still checks that it exists and may be opened by the actor.
 */
export type Id<Kind extends string> = string & { readonly [idOf]: Kind };
export type AdviceSessionId = Id<'adviceSession'>;
export type NetworkCaseId = Id<'networkCase'>;
export type CodeId = Id<'code'>;
export type CodeVersionId = Id<'codeVersion'>;
/** An article's id across the versions of its code (code_article.article_id), not one version's row. */
export type ArticleId = Id<'article'>;

/** A string from outside (a route parameter, a form field, a live channel) as the id it names; the use case
 * answers "not found" if it is not one. */
export const idFrom = <I extends Id<string>>(value: string | undefined): I => (value ?? '') as I;
