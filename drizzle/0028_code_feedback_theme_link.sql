-- Residents' voice beside the code (issue 17): an editor ties a feedback theme (a dimension of the
-- organisation's questionnaires: a built-in "Vertrouwen" key or a template question's key) to an
-- article by its stable article_id. The article page shows the organisation-wide figure of that theme.
CREATE TABLE "code_feedback_theme_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "code_feedback_theme_link" ADD CONSTRAINT "code_feedback_theme_link_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_feedback_theme_link" ADD CONSTRAINT "code_feedback_theme_link_code_id_code_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."code"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_feedback_theme_link" ADD CONSTRAINT "code_feedback_theme_link_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "code_feedback_theme_link_unique" ON "code_feedback_theme_link" USING btree ("code_id","article_id","dimension");
