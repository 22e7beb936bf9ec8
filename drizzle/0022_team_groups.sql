CREATE TABLE "team_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by_membership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_group_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "team_group" ADD CONSTRAINT "team_group_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_group" ADD CONSTRAINT "team_group_created_by_membership_id_membership_id_fk" FOREIGN KEY ("created_by_membership_id") REFERENCES "public"."membership"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_group_member" ADD CONSTRAINT "team_group_member_group_id_team_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."team_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_group_member" ADD CONSTRAINT "team_group_member_membership_id_membership_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."membership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_group_org_idx" ON "team_group" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "team_group_member_unique" ON "team_group_member" USING btree ("group_id","membership_id");--> statement-breakpoint
CREATE INDEX "team_group_member_membership_idx" ON "team_group_member" USING btree ("membership_id");--> statement-breakpoint
ALTER TABLE "learning_session" ALTER COLUMN "team_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "learning_session" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "learning_session" ADD CONSTRAINT "learning_session_group_id_team_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."team_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_session_group_idx" ON "learning_session" USING btree ("group_id","planned_at");--> statement-breakpoint
ALTER TABLE "learning_session" ADD CONSTRAINT "learning_session_owner_check" CHECK (num_nonnulls("learning_session"."team_id", "learning_session"."group_id") = 1);
--> statement-breakpoint
ALTER TABLE "team_trial_instrument" ADD COLUMN "method_ref" text;
--> statement-breakpoint
CREATE TABLE "team_mirror_share_quote" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"share_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "team_mirror_share_quote" ADD CONSTRAINT "team_mirror_share_quote_share_id_team_mirror_share_id_fk" FOREIGN KEY ("share_id") REFERENCES "public"."team_mirror_share"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_mirror_share_quote" ADD CONSTRAINT "team_mirror_share_quote_response_id_feedback_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."feedback_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "team_mirror_share_quote_uq" ON "team_mirror_share_quote" USING btree ("share_id","response_id","kind");
