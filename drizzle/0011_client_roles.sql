-- The client's own roles (seed 003: "ouder, buurvrouw, mantelzorger, werknemer of vrijwilliger"),
-- chosen from a fixed list plus one free-text role; and the worker's private reflection on the practice
-- map ("Sta stil bij wat het met je doet", tip 4), only ever filled on a casus of kind 'practice'.
ALTER TABLE "network_case" ADD COLUMN "client_roles" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "network_case" ADD COLUMN "client_role_other" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "network_case" ADD COLUMN "reflection" text DEFAULT '' NOT NULL;
