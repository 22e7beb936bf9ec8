-- Consultation rounds on a draft version of the professional code (issue 17): per-article reactions
-- (eens / twijfel / oneens, comment, proposed wording) by the stable article_id. Respondents carry no
-- user id: a member is found again by member_key (a hash of the user id with the round's salt).
CREATE TABLE "code_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"question" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"audience" text NOT NULL,
	"link_token" text,
	"member_salt" text NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answers_published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "code_round_team" (
	"round_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	CONSTRAINT "code_round_team_round_id_team_id_pk" PRIMARY KEY("round_id","team_id")
);
--> statement-breakpoint
CREATE TABLE "code_round_respondent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"member_key" text,
	"team_id" uuid,
	"signed_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "code_round_reaction" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"respondent_id" uuid NOT NULL,
	"article_id" uuid,
	"stance" text,
	"comment" text,
	"proposal" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "code_round_answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"reaction_id" uuid,
	"article_id" uuid,
	"verdict" text NOT NULL,
	"reason" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "code_round" ADD CONSTRAINT "code_round_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_round" ADD CONSTRAINT "code_round_code_id_code_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."code"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_round" ADD CONSTRAINT "code_round_version_id_code_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_round" ADD CONSTRAINT "code_round_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_round_team" ADD CONSTRAINT "code_round_team_round_id_code_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."code_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_round_team" ADD CONSTRAINT "code_round_team_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_round_respondent" ADD CONSTRAINT "code_round_respondent_round_id_code_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."code_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_round_respondent" ADD CONSTRAINT "code_round_respondent_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_round_reaction" ADD CONSTRAINT "code_round_reaction_round_id_code_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."code_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_round_reaction" ADD CONSTRAINT "code_round_reaction_respondent_id_code_round_respondent_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."code_round_respondent"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "code_round_org_idx" ON "code_round" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "code_round_link_token_uq" ON "code_round" USING btree ("link_token");--> statement-breakpoint
CREATE UNIQUE INDEX "code_round_respondent_token_uq" ON "code_round_respondent" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "code_round_respondent_member_uq" ON "code_round_respondent" USING btree ("round_id","member_key");--> statement-breakpoint
CREATE UNIQUE INDEX "code_round_reaction_uq" ON "code_round_reaction" USING btree ("respondent_id",coalesce("article_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "code_round_reaction_round_idx" ON "code_round_reaction" USING btree ("round_id","article_id");--> statement-breakpoint
ALTER TABLE "code_round_answer" ADD CONSTRAINT "code_round_answer_round_id_code_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."code_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_round_answer" ADD CONSTRAINT "code_round_answer_reaction_id_code_round_reaction_id_fk" FOREIGN KEY ("reaction_id") REFERENCES "public"."code_round_reaction"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "code_round_answer_reaction_uq" ON "code_round_answer" USING btree ("reaction_id");--> statement-breakpoint
CREATE INDEX "code_round_answer_round_idx" ON "code_round_answer" USING btree ("round_id","article_id");
