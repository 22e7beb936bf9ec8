CREATE TABLE "learning_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"method_ref" text NOT NULL,
	"method" jsonb NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"chair_membership_id" uuid,
	"inbrenger_membership_id" uuid,
	"planned_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"phase_index" integer DEFAULT 0 NOT NULL,
	"phase_ends_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"break_seconds" integer DEFAULT 0 NOT NULL,
	"casus_happened" text DEFAULT '' NOT NULL,
	"casus_did" text DEFAULT '' NOT NULL,
	"casus_learn" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_session_participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"present_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning_session_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"phase_key" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"author_membership_id" uuid,
	"chosen" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_session_follow_up" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"next_session_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning_session" ADD CONSTRAINT "learning_session_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session" ADD CONSTRAINT "learning_session_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session" ADD CONSTRAINT "learning_session_chair_membership_id_membership_id_fk" FOREIGN KEY ("chair_membership_id") REFERENCES "public"."membership"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session" ADD CONSTRAINT "learning_session_inbrenger_membership_id_membership_id_fk" FOREIGN KEY ("inbrenger_membership_id") REFERENCES "public"."membership"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session_participant" ADD CONSTRAINT "learning_session_participant_session_id_learning_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."learning_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session_participant" ADD CONSTRAINT "learning_session_participant_membership_id_membership_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."membership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session_entry" ADD CONSTRAINT "learning_session_entry_session_id_learning_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."learning_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session_entry" ADD CONSTRAINT "learning_session_entry_author_membership_id_membership_id_fk" FOREIGN KEY ("author_membership_id") REFERENCES "public"."membership"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session_follow_up" ADD CONSTRAINT "learning_session_follow_up_session_id_learning_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."learning_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session_follow_up" ADD CONSTRAINT "learning_session_follow_up_membership_id_membership_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."membership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session_follow_up" ADD CONSTRAINT "learning_session_follow_up_next_session_id_learning_session_id_fk" FOREIGN KEY ("next_session_id") REFERENCES "public"."learning_session"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_session_team_idx" ON "learning_session" USING btree ("team_id","planned_at");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_session_participant_unique" ON "learning_session_participant" USING btree ("session_id","membership_id");--> statement-breakpoint
CREATE INDEX "learning_session_participant_membership_idx" ON "learning_session_participant" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "learning_session_entry_session_idx" ON "learning_session_entry" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_session_follow_up_unique" ON "learning_session_follow_up" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "learning_session_follow_up_membership_idx" ON "learning_session_follow_up" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "learning_session_follow_up_next_idx" ON "learning_session_follow_up" USING btree ("next_session_id");
