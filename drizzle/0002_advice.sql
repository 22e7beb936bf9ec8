CREATE SEQUENCE "public"."live_event_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "advice_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"top_idea_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"what" text NOT NULL,
	"who" text NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"secret_hash" text NOT NULL,
	"group_key" text NOT NULL,
	"votes_version" integer DEFAULT 0 NOT NULL,
	"joined_on" date NOT NULL,
	CONSTRAINT "advice_participant_secret_hash_unique" UNIQUE("secret_hash")
);
--> statement-breakpoint
CREATE TABLE "advice_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by_user_id" text,
	"code" text NOT NULL,
	"question" text NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"groups" jsonb NOT NULL,
	"dots_per_person" integer DEFAULT 3 NOT NULL,
	"moderation" boolean DEFAULT false NOT NULL,
	"language" text DEFAULT 'nl' NOT NULL,
	"phase" text DEFAULT 'preparing' NOT NULL,
	"show_results" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advice_session_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "advice_theme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_tip" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"participant_id" uuid,
	"group_key" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'visible' NOT NULL,
	"theme_id" uuid,
	"from_paper" boolean DEFAULT false NOT NULL,
	"nonce" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_top_idea" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"theme_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"wording" text NOT NULL,
	"quote_tip_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"response" text DEFAULT '' NOT NULL,
	"responded_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_vote" (
	"participant_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"dots" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "advice_action" ADD CONSTRAINT "advice_action_top_idea_id_advice_top_idea_id_fk" FOREIGN KEY ("top_idea_id") REFERENCES "public"."advice_top_idea"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_action" ADD CONSTRAINT "advice_action_session_id_advice_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."advice_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_participant" ADD CONSTRAINT "advice_participant_session_id_advice_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."advice_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_session" ADD CONSTRAINT "advice_session_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_session" ADD CONSTRAINT "advice_session_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_theme" ADD CONSTRAINT "advice_theme_session_id_advice_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."advice_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_tip" ADD CONSTRAINT "advice_tip_session_id_advice_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."advice_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_tip" ADD CONSTRAINT "advice_tip_participant_id_advice_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."advice_participant"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_tip" ADD CONSTRAINT "advice_tip_theme_id_advice_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."advice_theme"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_top_idea" ADD CONSTRAINT "advice_top_idea_session_id_advice_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."advice_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_top_idea" ADD CONSTRAINT "advice_top_idea_theme_id_advice_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."advice_theme"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_vote" ADD CONSTRAINT "advice_vote_participant_id_advice_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."advice_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_vote" ADD CONSTRAINT "advice_vote_theme_id_advice_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."advice_theme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_vote" ADD CONSTRAINT "advice_vote_session_id_advice_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."advice_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advice_action_top_idea_idx" ON "advice_action" USING btree ("top_idea_id");--> statement-breakpoint
CREATE INDEX "advice_participant_session_idx" ON "advice_participant" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "advice_session_org_idx" ON "advice_session" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "advice_theme_session_idx" ON "advice_theme" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "advice_tip_session_idx" ON "advice_tip" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "advice_tip_participant_idx" ON "advice_tip" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "advice_tip_nonce_uq" ON "advice_tip" USING btree ("participant_id","nonce");--> statement-breakpoint
CREATE INDEX "advice_top_idea_session_idx" ON "advice_top_idea" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "advice_vote_participant_theme_uq" ON "advice_vote" USING btree ("participant_id","theme_id");--> statement-breakpoint
CREATE INDEX "advice_vote_session_idx" ON "advice_vote" USING btree ("session_id");