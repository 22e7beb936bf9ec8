CREATE TABLE "team_trial" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"conclusion" text DEFAULT '' NOT NULL,
	"concluded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_trial_instrument" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trial_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_trial_use" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trial_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"used_on" date NOT NULL,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_trial_answer" (
	"instrument_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"trial_id" uuid NOT NULL,
	"worked" text DEFAULT '' NOT NULL,
	"for_whom" text DEFAULT '' NOT NULL,
	"keep" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_trial_answer_instrument_id_membership_id_pk" PRIMARY KEY("instrument_id","membership_id")
);
--> statement-breakpoint
CREATE TABLE "practice_story" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_membership_id" uuid,
	"show_name" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"instrument" text DEFAULT '' NOT NULL,
	"themes" text DEFAULT '' NOT NULL,
	"trial_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "team_trial" ADD CONSTRAINT "team_trial_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_trial" ADD CONSTRAINT "team_trial_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_trial_instrument" ADD CONSTRAINT "team_trial_instrument_trial_id_team_trial_id_fk" FOREIGN KEY ("trial_id") REFERENCES "public"."team_trial"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_trial_use" ADD CONSTRAINT "team_trial_use_trial_id_team_trial_id_fk" FOREIGN KEY ("trial_id") REFERENCES "public"."team_trial"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_trial_use" ADD CONSTRAINT "team_trial_use_instrument_id_team_trial_instrument_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."team_trial_instrument"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_trial_answer" ADD CONSTRAINT "team_trial_answer_instrument_id_team_trial_instrument_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."team_trial_instrument"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_trial_answer" ADD CONSTRAINT "team_trial_answer_membership_id_membership_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."membership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_trial_answer" ADD CONSTRAINT "team_trial_answer_trial_id_team_trial_id_fk" FOREIGN KEY ("trial_id") REFERENCES "public"."team_trial"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_story" ADD CONSTRAINT "practice_story_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_story" ADD CONSTRAINT "practice_story_author_membership_id_membership_id_fk" FOREIGN KEY ("author_membership_id") REFERENCES "public"."membership"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_story" ADD CONSTRAINT "practice_story_trial_id_team_trial_id_fk" FOREIGN KEY ("trial_id") REFERENCES "public"."team_trial"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_trial_team_idx" ON "team_trial" USING btree ("team_id","ends_on");--> statement-breakpoint
CREATE INDEX "team_trial_instrument_trial_idx" ON "team_trial_instrument" USING btree ("trial_id");--> statement-breakpoint
CREATE INDEX "team_trial_use_trial_idx" ON "team_trial_use" USING btree ("trial_id");--> statement-breakpoint
CREATE INDEX "team_trial_answer_trial_idx" ON "team_trial_answer" USING btree ("trial_id");--> statement-breakpoint
CREATE INDEX "practice_story_org_idx" ON "practice_story" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "practice_story_search_idx" ON "practice_story" USING gin (to_tsvector('dutch'::regconfig, "title" || ' ' || "body" || ' ' || "themes"));
