-- Retention of consultation reactions (issue 18): the respondents of a round, with their reactions and
-- the answers to single reactions, go this many months after the round's answers were published (or,
-- never published, after the round closed). The round, its question and the answers per article stay.
ALTER TABLE "organisation" ADD COLUMN "consultation_retention_months" integer DEFAULT 12 NOT NULL;
