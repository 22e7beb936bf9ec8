ALTER TABLE "advice_session" ADD COLUMN "outcome_published_on" date;--> statement-breakpoint
ALTER TABLE "advice_session" ADD COLUMN "outcome_token" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "advice_session" ADD CONSTRAINT "advice_session_outcome_token_unique" UNIQUE("outcome_token");
