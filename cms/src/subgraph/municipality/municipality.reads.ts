import DataLoader from 'dataloader'
import type { Payload } from 'payload'
import { groupByKeys } from '../shared/find'
import {
  publishedContentOfMunicipalities,
  type PublishedMunicipalityContent,
} from './municipality.sql'

/**
 * A municipality's published content for one request, on the public read path: the knowledge
 * products and practice examples of every municipality asked for in the same tick come from one
 * statement (shared/published.ts says who may read this way).
 */
export type PublishedContentLoader = DataLoader<string, PublishedMunicipalityContent>

export function createPublishedContentLoader(payload: Payload): PublishedContentLoader {
  return new DataLoader(async (codes: readonly string[]) => {
    const { knowledgeProducts, practiceExamples } = await publishedContentOfMunicipalities(
      payload,
      codes,
    )
    const products = groupByKeys(codes, knowledgeProducts, (doc) => doc.municipalities ?? [])
    const examples = groupByKeys(codes, practiceExamples, (doc) => [doc.municipality])
    return codes.map((_, index) => ({
      knowledgeProducts: products[index]!,
      practiceExamples: examples[index]!,
    }))
  })
}
