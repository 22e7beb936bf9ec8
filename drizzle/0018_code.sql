-- The professional code (beroepscode, issue 17): codes per organisation, immutable versions imported
-- from Markdown, with chapters, paragraphs, articles (a stable article_id across versions),
-- kernwaarden and a begrippenlijst. Articles are searched with full-text search in Dutch.
CREATE TABLE "code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "code_organisation_title_unique" UNIQUE("organisation_id","title")
);
--> statement-breakpoint
CREATE TABLE "code_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"preamble" text DEFAULT '' NOT NULL,
	"match_report" jsonb,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "code_version_number_unique" UNIQUE("code_id","number")
);
--> statement-breakpoint
CREATE TABLE "code_chapter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "code_paragraph" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"chapter_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "code_article" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"chapter_id" uuid NOT NULL,
	"paragraph_id" uuid,
	"position" integer NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	CONSTRAINT "code_article_number_unique" UNIQUE("version_id","number"),
	CONSTRAINT "code_article_stable_unique" UNIQUE("version_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "code_kernwaarde" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "code_begrip" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"term" text NOT NULL,
	"definition" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "code" ADD CONSTRAINT "code_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_version" ADD CONSTRAINT "code_version_code_id_code_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."code"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_version" ADD CONSTRAINT "code_version_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_chapter" ADD CONSTRAINT "code_chapter_version_id_code_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_paragraph" ADD CONSTRAINT "code_paragraph_version_id_code_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_paragraph" ADD CONSTRAINT "code_paragraph_chapter_id_code_chapter_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."code_chapter"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_article" ADD CONSTRAINT "code_article_version_id_code_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_article" ADD CONSTRAINT "code_article_chapter_id_code_chapter_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."code_chapter"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_article" ADD CONSTRAINT "code_article_paragraph_id_code_paragraph_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."code_paragraph"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_kernwaarde" ADD CONSTRAINT "code_kernwaarde_version_id_code_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_begrip" ADD CONSTRAINT "code_begrip_version_id_code_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."code_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "code_chapter_version_idx" ON "code_chapter" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "code_paragraph_version_idx" ON "code_paragraph" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "code_article_search_idx" ON "code_article" USING gin (to_tsvector('dutch'::regconfig, "number" || ' ' || "title" || ' ' || "body"));--> statement-breakpoint
CREATE INDEX "code_kernwaarde_version_idx" ON "code_kernwaarde" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "code_begrip_version_idx" ON "code_begrip" USING btree ("version_id","position");
