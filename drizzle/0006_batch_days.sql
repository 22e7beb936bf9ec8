CREATE TABLE "feedback_follow_up" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"text" text NOT NULL,
	"submitted_on" date NOT NULL,
	"batch_id" uuid
);
--> statement-breakpoint
ALTER TABLE "feedback_follow_up" ADD CONSTRAINT "feedback_follow_up_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_follow_up" ADD CONSTRAINT "feedback_follow_up_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_follow_up" ADD CONSTRAINT "feedback_follow_up_batch_id_feedback_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."feedback_batch"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_follow_up_worker_batch_idx" ON "feedback_follow_up" USING btree ("worker_user_id","batch_id");--> statement-breakpoint
-- Follow-ups given before this migration leave their response (in random order, without its id).
INSERT INTO "feedback_follow_up" ("organisation_id", "worker_user_id", "text", "submitted_on", "batch_id")
	SELECT "organisation_id", "worker_user_id", "follow_up", "submitted_on", "batch_id" FROM "feedback_response"
	WHERE "follow_up" <> '' ORDER BY random();--> statement-breakpoint
ALTER TABLE "feedback_response" DROP COLUMN "follow_up";--> statement-breakpoint
-- Used form tokens keep a day instead of their expiry to the millisecond.
ALTER TABLE "feedback_form_nonce" ADD COLUMN "keep_until" date;--> statement-breakpoint
UPDATE "feedback_form_nonce" SET "keep_until" = ("expires_at" AT TIME ZONE 'Europe/Amsterdam')::date + 1;--> statement-breakpoint
ALTER TABLE "feedback_form_nonce" ALTER COLUMN "keep_until" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_form_nonce" DROP COLUMN "expires_at";--> statement-breakpoint
-- The flood guard counts per day; its hourly counts are dropped.
ALTER TABLE "feedback_rate" DROP CONSTRAINT "feedback_rate_request_id_hour_pk";--> statement-breakpoint
DELETE FROM "feedback_rate";--> statement-breakpoint
ALTER TABLE "feedback_rate" DROP COLUMN "hour";--> statement-breakpoint
ALTER TABLE "feedback_rate" ADD COLUMN "day" date NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_rate" ADD CONSTRAINT "feedback_rate_request_id_day_pk" PRIMARY KEY("request_id","day");--> statement-breakpoint
ALTER TABLE "feedback_request" ADD COLUMN "daily_limit" integer DEFAULT 150 NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_request" DROP COLUMN "hourly_limit";
