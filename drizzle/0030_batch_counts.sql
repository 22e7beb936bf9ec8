ALTER TABLE "feedback_batch" ADD COLUMN "dimension_counts" jsonb;--> statement-breakpoint
-- Batches released before this migration are counted once here (feedback/batch-counts.ts counts new ones
-- at release; a batch still without counts is counted the first time the team mirror reads it).
UPDATE "feedback_batch" b SET "dimension_counts" = jsonb_build_object(
	'responses', c.n,
	'distribution', jsonb_build_object(
		'time', jsonb_build_array(c."time_1", c."time_2", c."time_3", c."time_4", c."time_5"),
		'appointments', jsonb_build_array(c."appointments_1", c."appointments_2", c."appointments_3", c."appointments_4", c."appointments_5"),
		'respect', jsonb_build_array(c."respect_1", c."respect_2", c."respect_3", c."respect_4", c."respect_5"),
		'understanding', jsonb_build_array(c."understanding_1", c."understanding_2", c."understanding_3", c."understanding_4", c."understanding_5"),
		'ownIdeas', jsonb_build_array(c."ownIdeas_1", c."ownIdeas_2", c."ownIdeas_3", c."ownIdeas_4", c."ownIdeas_5"),
		'helped', jsonb_build_array(c."helped_1", c."helped_2", c."helped_3", c."helped_4", c."helped_5")
	)
)
FROM (
	SELECT r.batch_id, count(*)::int AS n,
		count(*) filter (where r.scores->>'time' = '1')::int as "time_1",
		count(*) filter (where r.scores->>'time' = '2')::int as "time_2",
		count(*) filter (where r.scores->>'time' = '3')::int as "time_3",
		count(*) filter (where r.scores->>'time' = '4')::int as "time_4",
		count(*) filter (where r.scores->>'time' = '5')::int as "time_5",
		count(*) filter (where r.scores->>'appointments' = '1')::int as "appointments_1",
		count(*) filter (where r.scores->>'appointments' = '2')::int as "appointments_2",
		count(*) filter (where r.scores->>'appointments' = '3')::int as "appointments_3",
		count(*) filter (where r.scores->>'appointments' = '4')::int as "appointments_4",
		count(*) filter (where r.scores->>'appointments' = '5')::int as "appointments_5",
		count(*) filter (where r.scores->>'respect' = '1')::int as "respect_1",
		count(*) filter (where r.scores->>'respect' = '2')::int as "respect_2",
		count(*) filter (where r.scores->>'respect' = '3')::int as "respect_3",
		count(*) filter (where r.scores->>'respect' = '4')::int as "respect_4",
		count(*) filter (where r.scores->>'respect' = '5')::int as "respect_5",
		count(*) filter (where r.scores->>'understanding' = '1')::int as "understanding_1",
		count(*) filter (where r.scores->>'understanding' = '2')::int as "understanding_2",
		count(*) filter (where r.scores->>'understanding' = '3')::int as "understanding_3",
		count(*) filter (where r.scores->>'understanding' = '4')::int as "understanding_4",
		count(*) filter (where r.scores->>'understanding' = '5')::int as "understanding_5",
		count(*) filter (where r.scores->>'ownIdeas' = '1')::int as "ownIdeas_1",
		count(*) filter (where r.scores->>'ownIdeas' = '2')::int as "ownIdeas_2",
		count(*) filter (where r.scores->>'ownIdeas' = '3')::int as "ownIdeas_3",
		count(*) filter (where r.scores->>'ownIdeas' = '4')::int as "ownIdeas_4",
		count(*) filter (where r.scores->>'ownIdeas' = '5')::int as "ownIdeas_5",
		count(*) filter (where r.scores->>'helped' = '1')::int as "helped_1",
		count(*) filter (where r.scores->>'helped' = '2')::int as "helped_2",
		count(*) filter (where r.scores->>'helped' = '3')::int as "helped_3",
		count(*) filter (where r.scores->>'helped' = '4')::int as "helped_4",
		count(*) filter (where r.scores->>'helped' = '5')::int as "helped_5"
	FROM "feedback_response" r
	WHERE r.batch_id IS NOT NULL
	GROUP BY r.batch_id
) c
WHERE c.batch_id = b.id;
