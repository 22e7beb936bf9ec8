ALTER TABLE "advice_session" ADD COLUMN "joins_locked" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "advice_tip" ADD COLUMN "created_on" date DEFAULT ((now() at time zone 'Europe/Amsterdam')::date) NOT NULL;--> statement-breakpoint
UPDATE "advice_tip" SET "created_on" = ("created_at" at time zone 'Europe/Amsterdam')::date;--> statement-breakpoint
ALTER TABLE "advice_tip" DROP COLUMN "created_at";
