import { describe, expect, it } from 'vitest';
import { getTableName } from 'drizzle-orm';
import { tablesInDependencyOrder } from './dump';

describe('tablesInDependencyOrder', () => {
	it('puts every table after the tables it refers to', () => {
		const order = tablesInDependencyOrder().map(getTableName);
		const before = (a: string, b: string) => expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
		before('user', 'session');
		before('user', 'account');
		before('organisation', 'membership');
		before('membership', 'team_member');
		before('team', 'team_member');
		before('organisation', 'invitation');
		before('organisation', 'audit_log');
	});
});
