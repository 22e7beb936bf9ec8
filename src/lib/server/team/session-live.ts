import type { Db } from '../db/client';
import { publish } from '../realtime';

// Live updates of a learning session (ADR 0004): every change says "look again"; the participants'
// pages and the projector view reload their data from the server, so no page shows what its
// viewer may not see, and the phase end time always comes from the server.

export const sessionChannel = (sessionId: string) => `team-session:${sessionId}`;

export type SessionEventType = 'phase' | 'entries' | 'attendance' | 'casus';

export const publishSession = (db: Db, sessionId: string, type: SessionEventType) =>
	publish(db, sessionChannel(sessionId), type, null);
