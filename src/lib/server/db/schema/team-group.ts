import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { membership, organisation } from './organisation';

// Learning groups across teams (issue #16): a leergroep or intervisiegroep within one organisation,
// with members from several teams. A coach or an admin creates it; its members then plan sessions
// exactly as a team does (learning_session.group_id). Only its members see it (team/group-access.ts).

export const teamGroup = pgTable(
	'team_group',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		createdByMembershipId: uuid('created_by_membership_id').references(() => membership.id, {
			onDelete: 'set null'
		}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('team_group_org_idx').on(t.organisationId)]
);

/** A member of a group: a membership of the group's organisation (the domain checks that). */
export const teamGroupMember = pgTable(
	'team_group_member',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		groupId: uuid('group_id')
			.notNull()
			.references(() => teamGroup.id, { onDelete: 'cascade' }),
		membershipId: uuid('membership_id')
			.notNull()
			.references(() => membership.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('team_group_member_unique').on(t.groupId, t.membershipId),
		index('team_group_member_membership_idx').on(t.membershipId)
	]
);
