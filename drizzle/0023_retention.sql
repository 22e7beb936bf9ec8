-- Retention for every kind of personal data (issue 18): a period per data class per organisation.
-- Feedback (responses, follow-ups, recordings, call-back requests): months after release (or arrival);
-- audit log: months after the entry; advice sessions: tips, votes and participants go months after the
-- session's last change, and the outcome keeps their counts (kept_counts).
ALTER TABLE "organisation" ADD COLUMN "feedback_retention_months" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "audit_retention_months" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "advice_retention_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "advice_session" ADD COLUMN "kept_counts" jsonb;--> statement-breakpoint
-- A reflection is the worker's own: it stays when the quote it was about goes (until the worker deletes
-- it or leaves the organisation).
ALTER TABLE "reflection" DROP CONSTRAINT "reflection_response_id_feedback_response_id_fk";--> statement-breakpoint
ALTER TABLE "reflection" ADD CONSTRAINT "reflection_response_id_feedback_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."feedback_response"("id") ON DELETE set null ON UPDATE no action;
