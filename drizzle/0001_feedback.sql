CREATE TABLE "feedback_batch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"released_on" date NOT NULL,
	"size" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_card" (
	"code" text PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"used_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_form_nonce" (
	"nonce" text PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_media" (
	"response_id" uuid PRIMARY KEY NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_rate" (
	"request_id" uuid NOT NULL,
	"hour" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "feedback_rate_request_id_hour_pk" PRIMARY KEY("request_id","hour")
);
--> statement-breakpoint
CREATE TABLE "feedback_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"token" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"first_name" text NOT NULL,
	"template_id" uuid,
	"address" text DEFAULT 'je' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"hourly_limit" integer DEFAULT 60 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_request_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "feedback_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"rater_type" text NOT NULL,
	"language" text NOT NULL,
	"scores" jsonb NOT NULL,
	"good" text DEFAULT '' NOT NULL,
	"better" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"contact_name" text,
	"contact" text,
	"submitted_on" date NOT NULL,
	"batch_id" uuid,
	"shuffle" integer DEFAULT floor(random() * 1000000)::int NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"questions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reflection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"batch_id" uuid,
	"response_id" uuid,
	"quote_field" text,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_rating" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_user_id" text NOT NULL,
	"quarter" text NOT NULL,
	"scores" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback_batch" ADD CONSTRAINT "feedback_batch_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_batch" ADD CONSTRAINT "feedback_batch_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_card" ADD CONSTRAINT "feedback_card_request_id_feedback_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_form_nonce" ADD CONSTRAINT "feedback_form_nonce_request_id_feedback_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_media" ADD CONSTRAINT "feedback_media_response_id_feedback_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."feedback_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_rate" ADD CONSTRAINT "feedback_rate_request_id_feedback_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_request" ADD CONSTRAINT "feedback_request_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_request" ADD CONSTRAINT "feedback_request_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_request" ADD CONSTRAINT "feedback_request_template_id_feedback_template_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."feedback_template"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_response" ADD CONSTRAINT "feedback_response_request_id_feedback_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_response" ADD CONSTRAINT "feedback_response_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_response" ADD CONSTRAINT "feedback_response_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_response" ADD CONSTRAINT "feedback_response_batch_id_feedback_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."feedback_batch"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_template" ADD CONSTRAINT "feedback_template_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection" ADD CONSTRAINT "reflection_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection" ADD CONSTRAINT "reflection_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection" ADD CONSTRAINT "reflection_batch_id_feedback_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."feedback_batch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection" ADD CONSTRAINT "reflection_response_id_feedback_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."feedback_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_rating" ADD CONSTRAINT "self_rating_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_rating" ADD CONSTRAINT "self_rating_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_batch_worker_idx" ON "feedback_batch" USING btree ("worker_user_id");--> statement-breakpoint
CREATE INDEX "feedback_card_request_idx" ON "feedback_card" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "feedback_request_worker_idx" ON "feedback_request" USING btree ("worker_user_id");--> statement-breakpoint
CREATE INDEX "feedback_request_org_idx" ON "feedback_request" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "feedback_response_worker_batch_idx" ON "feedback_response" USING btree ("worker_user_id","batch_id");--> statement-breakpoint
CREATE INDEX "feedback_response_request_idx" ON "feedback_response" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "feedback_template_org_idx" ON "feedback_template" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "reflection_worker_idx" ON "reflection" USING btree ("worker_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "self_rating_worker_quarter_uq" ON "self_rating" USING btree ("organisation_id","worker_user_id","quarter");