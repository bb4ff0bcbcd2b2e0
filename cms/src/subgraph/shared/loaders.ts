import DataLoader from 'dataloader'
import {
  findElectionEditionsByIds,
  findNominationsByIds,
  findNominationsByMunicipalities,
} from '../election/election.reads'
import { findEventsByIds, findUpcomingEventsByLifeDomains } from '../events/events.reads'
import {
  findKnowledgeProductsByCrpdArticles,
  findKnowledgeProductsByIds,
  findKnowledgeProductsByLifeDomains,
  findKnowledgeProductsByMunicipalities,
} from '../knowledgeProducts/knowledgeProducts.reads'
import { createPublishedContentLoader } from '../municipality/municipality.reads'
import { findNewsByLifeDomains, findNewsItemsByIds } from '../news/news.reads'
import {
  findPracticeExamplesByIds,
  findPracticeExamplesByLifeDomains,
  findPracticeExamplesByMunicipalities,
} from '../practiceExamples/practiceExamples.reads'
import type { Actor } from './actor'
import { capToDeclaredSize } from './listSizes'
import { findMediaByIds } from './media'

/**
 * Batching loaders for one GraphQL request: each runs ONE Local API `find` per batch and answers
 * in key order (a municipality's knowledge products and practice examples, for a caller who reads
 * published documents only, share one SQL statement instead: shared/published.ts); a list per
 * entity holds at most its declared size (listSizes.ts). They capture the caller, so they must
 * never be shared between requests: a cached result is only valid for the user it was read as.
 */
export function createLoaders(actor: Actor) {
  const loader = <TKey, TValue>(batch: (keys: readonly TKey[]) => Promise<TValue[]>) =>
    new DataLoader<TKey, TValue>(batch)
  // The public read path of both of a municipality's lists: one statement for the two loaders.
  const publishedContent = createPublishedContentLoader(actor.payload)
  return {
    knowledgeProductById: loader((ids: readonly string[]) =>
      findKnowledgeProductsByIds(actor, ids),
    ),
    knowledgeProductsByMunicipality: loader(
      capToDeclaredSize('Municipality.knowledgeProducts', (codes: readonly string[]) =>
        findKnowledgeProductsByMunicipalities(actor, codes, publishedContent),
      ),
    ),
    knowledgeProductsByLifeDomain: loader(
      capToDeclaredSize('LifeDomain.knowledgeProducts', (slugs: readonly string[]) =>
        findKnowledgeProductsByLifeDomains(actor, slugs),
      ),
    ),
    knowledgeProductsByCrpdArticle: loader(
      capToDeclaredSize('CrpdArticle.knowledgeProducts', (numbers: readonly number[]) =>
        findKnowledgeProductsByCrpdArticles(actor, numbers),
      ),
    ),
    practiceExampleById: loader((ids: readonly string[]) => findPracticeExamplesByIds(actor, ids)),
    practiceExamplesByMunicipality: loader(
      capToDeclaredSize('Municipality.practiceExamples', (codes: readonly string[]) =>
        findPracticeExamplesByMunicipalities(actor, codes, publishedContent),
      ),
    ),
    practiceExamplesByLifeDomain: loader(
      capToDeclaredSize('LifeDomain.practiceExamples', (slugs: readonly string[]) =>
        findPracticeExamplesByLifeDomains(actor, slugs),
      ),
    ),
    eventById: loader((ids: readonly string[]) => findEventsByIds(actor, ids)),
    upcomingEventsByLifeDomain: loader(
      capToDeclaredSize('LifeDomain.upcomingEvents', (slugs: readonly string[]) =>
        findUpcomingEventsByLifeDomains(actor, slugs),
      ),
    ),
    newsItemById: loader((ids: readonly string[]) => findNewsItemsByIds(actor, ids)),
    newsByLifeDomain: loader(
      capToDeclaredSize('LifeDomain.news', (slugs: readonly string[]) =>
        findNewsByLifeDomains(actor, slugs),
      ),
    ),
    mediaById: loader((ids: readonly number[]) => findMediaByIds(actor, ids)),
    electionEditionById: loader((ids: readonly string[]) => findElectionEditionsByIds(actor, ids)),
    nominationById: loader((ids: readonly string[]) => findNominationsByIds(actor, ids)),
    nominationsByMunicipality: loader(
      capToDeclaredSize('Municipality.nominations', (codes: readonly string[]) =>
        findNominationsByMunicipalities(actor, codes),
      ),
    ),
  }
}

export type Loaders = ReturnType<typeof createLoaders>
