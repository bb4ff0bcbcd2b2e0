import type { PracticeExample } from '../../payload-types'

/** The fields of a practice example the subgraph reads, in Payload's document shape. */
export type PracticeExampleDoc = Pick<
  PracticeExample,
  | 'id'
  | 'title'
  | 'slug'
  | 'kind'
  | 'municipality'
  | 'municipalityName'
  | 'lifeDomains'
  | 'summary'
  | 'image'
  | 'body'
  | 'videoUrl'
  | 'transcript'
  | 'captions'
  | 'publishedAt'
  | 'readability'
>

// Payload's tables for the collection (its migrations in cms/src/migrations are the schema): the
// main table holds the published version of every published document (a later draft lives in
// `_practice_examples_v` only), the hasMany select its own table, in `order`.
export const PRACTICE_EXAMPLE_COLUMNS = `
  pe.id, pe.title, pe.slug, pe.kind::text AS kind, pe.municipality,
  pe.municipality_name AS "municipalityName",
  ARRAY(SELECT d.value::text FROM practice_examples_life_domains d
        WHERE d.parent_id = pe.id ORDER BY d."order") AS "lifeDomains",
  pe.summary, pe.image_id AS image, pe.body, pe.video_url AS "videoUrl", pe.transcript,
  pe.captions_id AS captions,
  to_char(pe.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt",
  json_build_object(
    'score', pe.readability_score::float8, 'level', pe.readability_level::text,
    'summaryScore', pe.readability_summary_score::float8,
    'bodyScore', pe.readability_body_score::float8) AS readability`
