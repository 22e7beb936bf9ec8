ALTER TABLE "feedback_media" ALTER COLUMN "bytes" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_media" ADD COLUMN "file_name" text;--> statement-breakpoint
ALTER TABLE "feedback_media" ADD CONSTRAINT "feedback_media_bytes_or_file" CHECK (("feedback_media"."bytes" is null) <> ("feedback_media"."file_name" is null));