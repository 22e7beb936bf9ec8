CREATE TABLE "network_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"who" text NOT NULL,
	"person_id" uuid,
	"professional" text DEFAULT '' NOT NULL,
	"what" text NOT NULL,
	"due" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text DEFAULT 'client' NOT NULL,
	"label" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "network_case_worker" (
	"case_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_case_worker_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "network_goal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"text" text NOT NULL,
	"evaluation" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"name" text NOT NULL,
	"remark" text DEFAULT '' NOT NULL,
	"sector" text,
	"ring" integer,
	"relation" text,
	"energy" text,
	"supports" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_tie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_person_id" uuid NOT NULL,
	"to_person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"taken_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_action" ADD CONSTRAINT "network_action_case_id_network_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."network_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_action" ADD CONSTRAINT "network_action_goal_id_network_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."network_goal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_action" ADD CONSTRAINT "network_action_person_id_network_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."network_person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_case" ADD CONSTRAINT "network_case_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_case" ADD CONSTRAINT "network_case_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_case_worker" ADD CONSTRAINT "network_case_worker_case_id_network_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."network_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_case_worker" ADD CONSTRAINT "network_case_worker_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_goal" ADD CONSTRAINT "network_goal_case_id_network_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."network_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_note" ADD CONSTRAINT "network_note_case_id_network_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."network_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_person" ADD CONSTRAINT "network_person_case_id_network_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."network_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_tie" ADD CONSTRAINT "network_tie_case_id_network_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."network_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_tie" ADD CONSTRAINT "network_tie_from_person_id_network_person_id_fk" FOREIGN KEY ("from_person_id") REFERENCES "public"."network_person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_tie" ADD CONSTRAINT "network_tie_to_person_id_network_person_id_fk" FOREIGN KEY ("to_person_id") REFERENCES "public"."network_person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_version" ADD CONSTRAINT "network_version_case_id_network_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."network_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_action_case_idx" ON "network_action" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "network_action_goal_idx" ON "network_action" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "network_case_org_idx" ON "network_case" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "network_case_worker_user_idx" ON "network_case_worker" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "network_goal_case_idx" ON "network_goal" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "network_note_case_idx" ON "network_note" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "network_person_case_idx" ON "network_person" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "network_tie_case_idx" ON "network_tie" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "network_version_case_idx" ON "network_version" USING btree ("case_id");