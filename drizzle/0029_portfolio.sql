-- Development plan and portfolio (issue 19): a worker's register profile, learning goals with the
-- evidence tied to them, the activity log (with the suggestion it came from), what they share with a
-- coach, and an organisation's own reading of the social-work register's minimums. All private to
-- the worker (src/lib/server/portfolio/).
CREATE TABLE "portfolio_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"occurred_on" date NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"net_minutes" integer NOT NULL,
	"category" text NOT NULL,
	"accreditation_id" text DEFAULT '' NOT NULL,
	"method_name" text DEFAULT '' NOT NULL,
	"chair_name" text DEFAULT '' NOT NULL,
	"participant_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"reflection" text DEFAULT '' NOT NULL,
	"dimensions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"code_id" uuid,
	"article_id" uuid,
	"kernwaarde" text,
	"source_participant_id" uuid,
	"source_advice_session_id" uuid,
	"source_code_round_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portfolio_activity_net_minutes" CHECK ("portfolio_activity"."net_minutes" >= 0 and "portfolio_activity"."net_minutes" <= 6000),
	CONSTRAINT "portfolio_activity_one_source" CHECK (num_nonnulls("portfolio_activity"."source_participant_id", "portfolio_activity"."source_advice_session_id", "portfolio_activity"."source_code_round_id") <= 1)
);
--> statement-breakpoint
CREATE TABLE "portfolio_goal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"review_on" date,
	"dimension" text,
	"look_back" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_goal_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"dimension" text,
	"response_id" uuid,
	"quote_field" text,
	"reflection_id" uuid,
	"dilemma_id" uuid,
	"participant_id" uuid,
	"code_round_id" uuid,
	"code_id" uuid,
	"article_id" uuid,
	"kernwaarde" text,
	"practice_story_id" uuid,
	"activity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portfolio_goal_evidence_one_target" CHECK (num_nonnulls("portfolio_goal_evidence"."dimension", "portfolio_goal_evidence"."response_id", "portfolio_goal_evidence"."reflection_id", "portfolio_goal_evidence"."dilemma_id", "portfolio_goal_evidence"."participant_id", "portfolio_goal_evidence"."code_round_id", "portfolio_goal_evidence"."article_id", "portfolio_goal_evidence"."kernwaarde", "portfolio_goal_evidence"."practice_story_id", "portfolio_goal_evidence"."activity_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "portfolio_profile" (
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"register_key" text NOT NULL,
	"period_start" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_register_override" (
	"organisation_id" uuid NOT NULL,
	"register_key" text NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_share" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"coach_membership_id" uuid NOT NULL,
	"goal_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portfolio_activity" ADD CONSTRAINT "portfolio_activity_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_activity" ADD CONSTRAINT "portfolio_activity_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_activity" ADD CONSTRAINT "portfolio_activity_code_id_code_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."code"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_activity" ADD CONSTRAINT "portfolio_activity_source_participant_id_learning_session_participant_id_fk" FOREIGN KEY ("source_participant_id") REFERENCES "public"."learning_session_participant"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_activity" ADD CONSTRAINT "portfolio_activity_source_advice_session_id_advice_session_id_fk" FOREIGN KEY ("source_advice_session_id") REFERENCES "public"."advice_session"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_activity" ADD CONSTRAINT "portfolio_activity_source_code_round_id_code_round_id_fk" FOREIGN KEY ("source_code_round_id") REFERENCES "public"."code_round"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal" ADD CONSTRAINT "portfolio_goal_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal" ADD CONSTRAINT "portfolio_goal_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal_evidence" ADD CONSTRAINT "portfolio_goal_evidence_goal_id_portfolio_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."portfolio_goal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal_evidence" ADD CONSTRAINT "portfolio_goal_evidence_response_id_feedback_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."feedback_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal_evidence" ADD CONSTRAINT "portfolio_goal_evidence_reflection_id_reflection_id_fk" FOREIGN KEY ("reflection_id") REFERENCES "public"."reflection"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal_evidence" ADD CONSTRAINT "portfolio_goal_evidence_dilemma_id_dilemma_reflection_id_fk" FOREIGN KEY ("dilemma_id") REFERENCES "public"."dilemma_reflection"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal_evidence" ADD CONSTRAINT "portfolio_goal_evidence_participant_id_learning_session_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."learning_session_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal_evidence" ADD CONSTRAINT "portfolio_goal_evidence_code_round_id_code_round_id_fk" FOREIGN KEY ("code_round_id") REFERENCES "public"."code_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal_evidence" ADD CONSTRAINT "portfolio_goal_evidence_code_id_code_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."code"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal_evidence" ADD CONSTRAINT "portfolio_goal_evidence_practice_story_id_practice_story_id_fk" FOREIGN KEY ("practice_story_id") REFERENCES "public"."practice_story"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_goal_evidence" ADD CONSTRAINT "portfolio_goal_evidence_activity_id_portfolio_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."portfolio_activity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_profile" ADD CONSTRAINT "portfolio_profile_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_profile" ADD CONSTRAINT "portfolio_profile_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_register_override" ADD CONSTRAINT "portfolio_register_override_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_register_override" ADD CONSTRAINT "portfolio_register_override_updated_by_user_id_user_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_share" ADD CONSTRAINT "portfolio_share_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_share" ADD CONSTRAINT "portfolio_share_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_share" ADD CONSTRAINT "portfolio_share_coach_membership_id_membership_id_fk" FOREIGN KEY ("coach_membership_id") REFERENCES "public"."membership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_share" ADD CONSTRAINT "portfolio_share_goal_id_portfolio_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."portfolio_goal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portfolio_activity_worker_idx" ON "portfolio_activity" USING btree ("organisation_id","worker_user_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_activity_participant_uq" ON "portfolio_activity" USING btree ("worker_user_id","source_participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_activity_advice_uq" ON "portfolio_activity" USING btree ("worker_user_id","source_advice_session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_activity_round_uq" ON "portfolio_activity" USING btree ("worker_user_id","source_code_round_id");--> statement-breakpoint
CREATE INDEX "portfolio_goal_worker_idx" ON "portfolio_goal" USING btree ("organisation_id","worker_user_id");--> statement-breakpoint
CREATE INDEX "portfolio_goal_evidence_goal_idx" ON "portfolio_goal_evidence" USING btree ("goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_profile_worker_uq" ON "portfolio_profile" USING btree ("organisation_id","worker_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_register_override_uq" ON "portfolio_register_override" USING btree ("organisation_id","register_key");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_share_uq" ON "portfolio_share" USING btree ("worker_user_id","coach_membership_id",coalesce("goal_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "portfolio_share_coach_idx" ON "portfolio_share" USING btree ("coach_membership_id");