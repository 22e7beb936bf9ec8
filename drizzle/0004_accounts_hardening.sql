ALTER TABLE "password_reset" ADD COLUMN "created_by_label" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "password_reset" ADD COLUMN "locks_private" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "password_reset" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "password_reset_user_idx" ON "password_reset" USING btree ("user_id");--> statement-breakpoint
-- k below 3 lets a worker recognise one resident among two: 3 is the floor (issue 12, finding 17).
UPDATE "organisation" SET "feedback_batch_size" = 3 WHERE "feedback_batch_size" < 3;--> statement-breakpoint
-- Throttle rows were keyed per address only; the new keys (auth/login-throttle.ts) never match them.
DELETE FROM "login_throttle";
