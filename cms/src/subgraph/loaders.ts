import DataLoader from 'dataloader'
import {
  type Actor,
  findKnowledgeProductsByIds,
  findKnowledgeProductsByMunicipalities,
  type KnowledgeProductModel,
} from './knowledgeProducts'

/**
 * Batching loaders for one GraphQL request. They capture the caller, so they must never be
 * shared between requests: a cached result is only valid for the user it was read as.
 */
export function createLoaders(actor: Actor) {
  return {
    knowledgeProductById: new DataLoader<string, KnowledgeProductModel | null>((ids) =>
      findKnowledgeProductsByIds(actor, ids),
    ),
    knowledgeProductsByMunicipality: new DataLoader<string, KnowledgeProductModel[]>((codes) =>
      findKnowledgeProductsByMunicipalities(actor, codes),
    ),
  }
}

export type Loaders = ReturnType<typeof createLoaders>
