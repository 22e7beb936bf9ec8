-- Residents' rows of a finished day are written again in random order (feedback/reorder-days.ts); this
-- marks the rows that were, so each is rewritten once. Existing rows start unmarked: the first run
-- rewrites every waiting row of a past day.
ALTER TABLE "feedback_response" ADD COLUMN "reordered" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_follow_up" ADD COLUMN "reordered" boolean DEFAULT false NOT NULL;
