-- Practice tied to the professional code (issue 17): dilemma reflections (moreel beraad), a worker's
-- private links (reflection, dilemma) and shared links ("wat werkt" story, advice top idea) to an
-- article (by its stable article_id) or a kernwaarde (by its number).
CREATE TABLE "dilemma_reflection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"title" text NOT NULL,
	"situation" text DEFAULT '' NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"options" text DEFAULT '' NOT NULL,
	"choice" text DEFAULT '' NOT NULL,
	"action" text DEFAULT '' NOT NULL,
	"session_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "code_private_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"code_id" uuid NOT NULL,
	"article_id" uuid,
	"kernwaarde" text,
	"reflection_id" uuid,
	"dilemma_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "code_private_link_target" CHECK (num_nonnulls("code_private_link"."article_id", "code_private_link"."kernwaarde") = 1),
	CONSTRAINT "code_private_link_subject" CHECK (num_nonnulls("code_private_link"."reflection_id", "code_private_link"."dilemma_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "code_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"article_id" uuid,
	"kernwaarde" text,
	"practice_story_id" uuid,
	"advice_top_idea_id" uuid,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "code_link_target" CHECK (num_nonnulls("code_link"."article_id", "code_link"."kernwaarde") = 1),
	CONSTRAINT "code_link_subject" CHECK (num_nonnulls("code_link"."practice_story_id", "code_link"."advice_top_idea_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "dilemma_reflection" ADD CONSTRAINT "dilemma_reflection_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dilemma_reflection" ADD CONSTRAINT "dilemma_reflection_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dilemma_reflection" ADD CONSTRAINT "dilemma_reflection_session_id_learning_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."learning_session"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_private_link" ADD CONSTRAINT "code_private_link_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_private_link" ADD CONSTRAINT "code_private_link_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_private_link" ADD CONSTRAINT "code_private_link_code_id_code_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."code"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_private_link" ADD CONSTRAINT "code_private_link_reflection_id_reflection_id_fk" FOREIGN KEY ("reflection_id") REFERENCES "public"."reflection"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_private_link" ADD CONSTRAINT "code_private_link_dilemma_id_dilemma_reflection_id_fk" FOREIGN KEY ("dilemma_id") REFERENCES "public"."dilemma_reflection"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_link" ADD CONSTRAINT "code_link_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_link" ADD CONSTRAINT "code_link_code_id_code_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."code"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_link" ADD CONSTRAINT "code_link_practice_story_id_practice_story_id_fk" FOREIGN KEY ("practice_story_id") REFERENCES "public"."practice_story"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_link" ADD CONSTRAINT "code_link_advice_top_idea_id_advice_top_idea_id_fk" FOREIGN KEY ("advice_top_idea_id") REFERENCES "public"."advice_top_idea"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_link" ADD CONSTRAINT "code_link_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dilemma_reflection_worker_idx" ON "dilemma_reflection" USING btree ("worker_user_id","created_at");--> statement-breakpoint
CREATE INDEX "dilemma_reflection_session_idx" ON "dilemma_reflection" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "code_private_link_worker_idx" ON "code_private_link" USING btree ("worker_user_id","article_id");--> statement-breakpoint
CREATE INDEX "code_private_link_reflection_idx" ON "code_private_link" USING btree ("reflection_id");--> statement-breakpoint
CREATE INDEX "code_private_link_dilemma_idx" ON "code_private_link" USING btree ("dilemma_id");--> statement-breakpoint
CREATE INDEX "code_link_article_idx" ON "code_link" USING btree ("code_id","article_id");--> statement-breakpoint
CREATE INDEX "code_link_story_idx" ON "code_link" USING btree ("practice_story_id");--> statement-breakpoint
CREATE INDEX "code_link_top_idea_idx" ON "code_link" USING btree ("advice_top_idea_id");
