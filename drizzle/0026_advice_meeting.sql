-- The meeting of an advice session (optional): its start, how long it takes and where, so the
-- facilitator can download a calendar invitation (.ics) for it (issue 18, "Exports that fit Office").
ALTER TABLE "advice_session" ADD COLUMN "meeting_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "advice_session" ADD COLUMN "meeting_minutes" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "advice_session" ADD COLUMN "meeting_place" text DEFAULT '' NOT NULL;
