CREATE TABLE "feedback_mirror_seen" (
	"worker_user_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"seen_on" date NOT NULL,
	CONSTRAINT "feedback_mirror_seen_worker_user_id_organisation_id_pk" PRIMARY KEY("worker_user_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "feedback_mirror_seen" ADD CONSTRAINT "feedback_mirror_seen_worker_user_id_user_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_mirror_seen" ADD CONSTRAINT "feedback_mirror_seen_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;
