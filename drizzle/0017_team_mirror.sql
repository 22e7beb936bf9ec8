CREATE TABLE "team_mirror_quarter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"team_id" uuid,
	"quarter" text NOT NULL,
	"released" boolean NOT NULL,
	"worker_user_ids" jsonb NOT NULL,
	"measures" jsonb NOT NULL,
	"responses" integer DEFAULT 0 NOT NULL,
	"residents" jsonb NOT NULL,
	"self" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_mirror_share" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"kind" text NOT NULL,
	"dimension" text,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "team_mirror_quarter" ADD CONSTRAINT "team_mirror_quarter_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_mirror_quarter" ADD CONSTRAINT "team_mirror_quarter_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_mirror_share" ADD CONSTRAINT "team_mirror_share_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_mirror_share" ADD CONSTRAINT "team_mirror_share_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_mirror_share" ADD CONSTRAINT "team_mirror_share_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_mirror_share" ADD CONSTRAINT "team_mirror_share_request_id_feedback_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "team_mirror_quarter_team_uq" ON "team_mirror_quarter" USING btree ("team_id","quarter");--> statement-breakpoint
CREATE INDEX "team_mirror_quarter_org_idx" ON "team_mirror_quarter" USING btree ("organisation_id","quarter");--> statement-breakpoint
CREATE INDEX "team_mirror_share_team_idx" ON "team_mirror_share" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "team_mirror_share_org_idx" ON "team_mirror_share" USING btree ("organisation_id","worker_user_id");
