CREATE TABLE "feedback_contact_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"requested_on" date NOT NULL,
	"handled_on" date
);
--> statement-breakpoint
ALTER TABLE "feedback_contact_request" ADD CONSTRAINT "feedback_contact_request_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_contact_request" ADD CONSTRAINT "feedback_contact_request_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_contact_request_worker_idx" ON "feedback_contact_request" USING btree ("worker_user_id","organisation_id");--> statement-breakpoint
-- The call-back requests given so far move out of the responses, with their day and nothing else:
-- in random order, so that not even the order of the rows points back to a response.
INSERT INTO "feedback_contact_request" ("organisation_id", "worker_user_id", "name", "contact", "requested_on")
SELECT "organisation_id", "worker_user_id", "contact_name", coalesce("contact", ''), "submitted_on"
FROM "feedback_response" WHERE "contact_name" IS NOT NULL AND "contact_name" <> ''
ORDER BY random();--> statement-breakpoint
ALTER TABLE "feedback_response" DROP COLUMN "contact_name";--> statement-breakpoint
ALTER TABLE "feedback_response" DROP COLUMN "contact";
