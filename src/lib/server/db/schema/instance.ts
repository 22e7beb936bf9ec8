import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Settings of this installation that every app instance must share, e.g. the session-signing secret
 * generated on first start when BETTER_AUTH_SECRET is not set.
 */
export const instanceSetting = pgTable('instance_setting', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
