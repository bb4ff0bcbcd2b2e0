import type { KnowledgeProduct } from '../../payload-types'

/** The fields of a knowledge product the subgraph reads, in Payload's document shape. */
export type KnowledgeProductDoc = Pick<
  KnowledgeProduct,
  | 'id'
  | 'title'
  | 'slug'
  | 'type'
  | 'summary'
  | 'body'
  | 'file'
  | 'coverImage'
  | 'lifeDomains'
  | 'crpdArticles'
  | 'publishedAt'
  | 'municipalities'
  | 'readability'
>

// Payload's tables for the collection (its migrations in cms/src/migrations are the schema): the
// main table holds the published version of every published document (a later draft lives in
// `_knowledge_products_v` only), hasMany selects and texts their own tables, in `order`.
export const KNOWLEDGE_PRODUCT_COLUMNS = `
  kp.id, kp.title, kp.slug, kp.type::text AS type, kp.summary, kp.body,
  kp.file_id AS file, kp.cover_image_id AS "coverImage",
  ARRAY(SELECT d.value::text FROM knowledge_products_life_domains d
        WHERE d.parent_id = kp.id ORDER BY d."order") AS "lifeDomains",
  ARRAY(SELECT a.value::text FROM knowledge_products_crpd_articles a
        WHERE a.parent_id = kp.id ORDER BY a."order") AS "crpdArticles",
  to_char(kp.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt",
  ARRAY(SELECT t.text FROM knowledge_products_texts t
        WHERE t.parent_id = kp.id AND t.path = 'municipalities' ORDER BY t."order") AS municipalities,
  json_build_object(
    'score', kp.readability_score::float8, 'level', kp.readability_level::text,
    'summaryScore', kp.readability_summary_score::float8,
    'bodyScore', kp.readability_body_score::float8) AS readability`
