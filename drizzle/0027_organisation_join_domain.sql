-- Joining by e-mail domain (issue 18): people of these domains may join the organisation as a worker
-- by signing in with their work account, without an invitation. One organisation per domain.
CREATE TABLE "organisation_join_domain" (
	"domain" text PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_join_domain" ADD CONSTRAINT "organisation_join_domain_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_join_domain_org_idx" ON "organisation_join_domain" USING btree ("organisation_id");
