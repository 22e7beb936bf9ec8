// The network's fixed values (PRODUCT.md §3). Shared by the schema, the validation and the pages;
// no server imports, so the browser bundle may use it too.

/** Sectors of the netwerkcirkel (Movisie / easyNWK), in drawing order clockwise from the top. */
export const SECTORS = ['family', 'friends', 'neighbours', 'work', 'professionals'] as const;
export type Sector = (typeof SECTORS)[number];
/** Rings of closeness: 1 is closest to the client. */
export const RINGS = [1, 2, 3] as const;
export type Ring = (typeof RINGS)[number];
/** Ecogram line types (Hartman): sterk, gewoon, zwak, belastend, verbroken. */
export const RELATIONS = ['strong', 'normal', 'weak', 'stressful', 'broken'] as const;
export type Relation = (typeof RELATIONS)[number];
/** Direction of energy, seen from the person: gives to the client, receives from the client, both. */
export const ENERGIES = ['gives', 'receives', 'mutual'] as const;
export type Energy = (typeof ENERGIES)[number];
export const SUPPORTS = ['emotional', 'practical', 'company', 'advice'] as const;
export type Support = (typeof SUPPORTS)[number];
export const CASE_KINDS = ['client', 'practice'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const ACTION_STATUSES = ['open', 'busy', 'done', 'stopped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** "Wie" of an action: the client, a person on the map, or a professional (by role or name). */
export const ACTION_WHO = ['client', 'person', 'professional'] as const;
export type ActionWho = (typeof ACTION_WHO)[number];
export const NOTE_KINDS = ['concern', 'strength'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
/**
 * Roles the client has in life (seed 003, "Verschillende rollen": ouder, buurvrouw, mantelzorger,
 * werknemer, vrijwilliger); one more can be typed as free text.
 */
export const CLIENT_ROLES = ['parent', 'neighbour', 'carer', 'volunteer', 'employee', 'member'] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];
