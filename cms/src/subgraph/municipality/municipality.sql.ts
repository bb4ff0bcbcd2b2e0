import type { Payload } from 'payload'
import {
  KNOWLEDGE_PRODUCT_COLUMNS,
  type KnowledgeProductDoc,
} from '../knowledgeProducts/knowledgeProducts.sql'
import {
  PRACTICE_EXAMPLE_COLUMNS,
  type PracticeExampleDoc,
} from '../practiceExamples/practiceExamples.sql'
import { queryPublished } from '../shared/published'

/** The published content that features any of a set of municipalities, newest first. */
export interface PublishedMunicipalityContent {
  knowledgeProducts: KnowledgeProductDoc[]
  practiceExamples: PracticeExampleDoc[]
}

// Both lists in one statement (a municipality page asks for both: one round trip, not two), each
// aggregated as JSON in Payload's document shape.
const CONTENT_OF_MUNICIPALITIES = {
  name: 'idm_published_content_of_municipalities',
  text: `SELECT
    (SELECT coalesce(json_agg(k ORDER BY k.id DESC), '[]') FROM (
      SELECT ${KNOWLEDGE_PRODUCT_COLUMNS}
      FROM knowledge_products kp
      WHERE kp._status = 'published'
        AND EXISTS (SELECT 1 FROM knowledge_products_texts m
                    WHERE m.parent_id = kp.id AND m.path = 'municipalities'
                      AND m.text = ANY($1::text[]))) k) AS "knowledgeProducts",
    (SELECT coalesce(json_agg(p ORDER BY p.id DESC), '[]') FROM (
      SELECT ${PRACTICE_EXAMPLE_COLUMNS}
      FROM practice_examples pe
      WHERE pe._status = 'published' AND pe.municipality = ANY($1::text[])) p) AS "practiceExamples"`,
}

/**
 * Published knowledge products and practice examples of any of `codes`, as Payload's `find`
 * returns them to a caller who reads published documents only: one statement.
 */
export async function publishedContentOfMunicipalities(
  payload: Payload,
  codes: readonly string[],
): Promise<PublishedMunicipalityContent> {
  const [row] = await queryPublished<PublishedMunicipalityContent>(
    payload,
    CONTENT_OF_MUNICIPALITIES,
    [[...new Set(codes)]],
  )
  return row!
}
