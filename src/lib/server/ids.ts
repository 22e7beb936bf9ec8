const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** True for a well-formed uuid: checked before a query, so a bad id is "not found", never a database error. */
export const isUuid = (value: string): boolean => UUID.test(value);
