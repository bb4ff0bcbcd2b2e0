import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { KnowledgeProductType } from '../collections/KnowledgeProducts/types'
import type { ContentContext } from './context'
import type { PageArgs } from './connection'
import {
  findElectionEditionByYear,
  findToolkitItemById,
  listElectionEditions,
  listNominations,
  listToolkitItems,
  renderToolkitItemText,
  type ToolkitItemModel,
} from './election'
import { type EventFilter, findEventBySlug, listEvents } from './events'
import {
  findKnowledgeProductBySlug,
  type KnowledgeProductModel,
  listKnowledgeProducts,
} from './knowledgeProducts'
import { toDownload, toImage } from './media'
import { findNewsItemBySlug, listNewsItems, type NewsFilter } from './news'
import {
  findPracticeExampleBySlug,
  listPracticeExamples,
  type PracticeExampleFilter,
  type PracticeExampleVideoModel,
} from './practiceExamples'

const KNOWLEDGE_PRODUCT_TYPE: Readonly<Record<string, KnowledgeProductType>> = {
  HANDREIKING: 'handreiking',
  INSPIRATIEBUNDEL: 'inspiratiebundel',
  FACTSHEET: 'factsheet',
  TOOLKIT: 'toolkit',
  OTHER: 'other',
}

interface MunicipalityReference {
  code: string
}

interface LifeDomainReference {
  slug: string
}

type Ctx = ContentContext
type Slug = { slug: string }
type EditionArgs = PageArgs & { edition: number }

const lifeDomainRefs = ({ lifeDomainSlugs }: { lifeDomainSlugs: string[] }) =>
  lifeDomainSlugs.map((slug) => ({ slug }))
const municipalityRef = ({ municipalityCode }: { municipalityCode: string }) => ({
  code: municipalityCode,
})

// An image field of a document read at depth 0: the upload through the request's media loader.
const imageOf = ({ imageId }: { imageId: number | null }, _: unknown, { loaders }: Ctx) =>
  imageId === null ? null : loaders.mediaById.load(imageId).then(toImage)

export const resolvers: GraphQLResolverMap<ContentContext> = {
  Query: {
    knowledgeProduct: (_: unknown, { slug }: Slug, { actor }: Ctx) =>
      findKnowledgeProductBySlug(actor, slug),
    knowledgeProducts: (_: unknown, args: PageArgs, { actor }: Ctx) =>
      listKnowledgeProducts(actor, args),
    practiceExample: (_: unknown, { slug }: Slug, { actor }: Ctx) =>
      findPracticeExampleBySlug(actor, slug),
    practiceExamples: (
      _: unknown,
      args: PageArgs & { filter?: PracticeExampleFilter },
      { actor }: Ctx,
    ) => listPracticeExamples(actor, args),
    event: (_: unknown, { slug }: Slug, { actor }: Ctx) => findEventBySlug(actor, slug),
    events: (_: unknown, args: PageArgs & { filter?: EventFilter }, { actor }: Ctx) =>
      listEvents(actor, args),
    newsItem: (_: unknown, { slug }: Slug, { actor }: Ctx) => findNewsItemBySlug(actor, slug),
    newsItems: (_: unknown, args: PageArgs & { filter?: NewsFilter }, { actor }: Ctx) =>
      listNewsItems(actor, args),
    electionEdition: (_: unknown, { year }: { year: number }, { actor }: Ctx) =>
      findElectionEditionByYear(actor, year),
    electionEditions: (_: unknown, args: PageArgs, { actor }: Ctx) =>
      listElectionEditions(actor, args),
    nomination: (_: unknown, { id }: { id: string }, { loaders }: Ctx) =>
      loaders.nominationById.load(id),
    nominations: (_: unknown, args: EditionArgs, { actor }: Ctx) => listNominations(actor, args),
    toolkitItem: (_: unknown, { id }: { id: string }, { actor }: Ctx) =>
      findToolkitItemById(actor, id),
    toolkitItems: (_: unknown, args: EditionArgs, { actor }: Ctx) => listToolkitItems(actor, args),
  },
  KnowledgeProduct: {
    __resolveReference: ({ id }: { id: string }, { loaders }: Ctx) =>
      loaders.knowledgeProductById.load(id),
    lifeDomains: lifeDomainRefs,
    coverImage: ({ coverImageId }: KnowledgeProductModel, _: unknown, { loaders }: Ctx) =>
      coverImageId === null ? null : loaders.mediaById.load(coverImageId).then(toImage),
    download: ({ downloadId }: KnowledgeProductModel, _: unknown, { loaders }: Ctx) =>
      downloadId === null ? null : loaders.mediaById.load(downloadId).then(toDownload),
  },
  PracticeExample: {
    __resolveReference: ({ id }: { id: string }, { loaders }: Ctx) =>
      loaders.practiceExampleById.load(id),
    lifeDomains: lifeDomainRefs,
    municipality: municipalityRef,
    image: imageOf,
  },
  Video: {
    captionsUrl: ({ captionsId }: PracticeExampleVideoModel, _: unknown, { loaders }: Ctx) =>
      captionsId === null
        ? null
        : loaders.mediaById.load(captionsId).then((media) => media?.url ?? null),
  },
  Event: { lifeDomains: lifeDomainRefs },
  NewsItem: { lifeDomains: lifeDomainRefs, image: imageOf },
  RatingQuestion: {
    lifeDomain: ({ lifeDomainSlug }: { lifeDomainSlug: string }) => ({ slug: lifeDomainSlug }),
  },
  Awards: {
    winner: ({ winnerCode }: { winnerCode: string | null }) =>
      winnerCode ? { code: winnerCode } : null,
    encouragementPrizes: ({ encouragementPrizeCodes }: { encouragementPrizeCodes: string[] }) =>
      encouragementPrizeCodes.map((code) => ({ code })),
  },
  Nomination: { municipality: municipalityRef },
  ToolkitItem: {
    text: (item: ToolkitItemModel, { municipality }: { municipality?: string | null }) =>
      municipality ? renderToolkitItemText(item, municipality) : null,
  },
  LifeDomain: {
    __resolveReference: ({ slug }: LifeDomainReference) => ({ slug }),
    knowledgeProducts: ({ slug }: LifeDomainReference, _: unknown, { loaders }: Ctx) =>
      loaders.knowledgeProductsByLifeDomain.load(slug),
    practiceExamples: ({ slug }: LifeDomainReference, _: unknown, { loaders }: Ctx) =>
      loaders.practiceExamplesByLifeDomain.load(slug),
    upcomingEvents: ({ slug }: LifeDomainReference, _: unknown, { loaders }: Ctx) =>
      loaders.upcomingEventsByLifeDomain.load(slug),
    news: ({ slug }: LifeDomainReference, _: unknown, { loaders }: Ctx) =>
      loaders.newsByLifeDomain.load(slug),
  },
  Municipality: {
    __resolveReference: ({ code }: MunicipalityReference) => ({ code }),
    knowledgeProducts: ({ code }: MunicipalityReference, _: unknown, { loaders }: Ctx) =>
      loaders.knowledgeProductsByMunicipality.load(code),
    practiceExamples: ({ code }: MunicipalityReference, _: unknown, { loaders }: Ctx) =>
      loaders.practiceExamplesByMunicipality.load(code),
    nominations: ({ code }: MunicipalityReference, _: unknown, { loaders }: Ctx) =>
      loaders.nominationsByMunicipality.load(code),
  },
  KnowledgeProductType: KNOWLEDGE_PRODUCT_TYPE,
  PracticeExampleKind: { ARTICLE: 'article', VIDEO: 'video' },
  EventFormat: { DIGITAL: 'digital', PHYSICAL: 'physical', HYBRID: 'hybrid' },
  EventPeriod: { UPCOMING: 'upcoming', PAST: 'past' },
  ElectionRoundKind: { RATING: 'rating', PUBLIC_VOTE: 'public-vote', JURY: 'jury' },
  Influence: { DIRECT: 'direct', PARTIAL: 'partial', INDIRECT: 'indirect' },
  NominationStage: {
    NOMINATED: 'nominated',
    FINALIST: 'finalist',
    WINNER: 'winner',
    ENCOURAGEMENT_PRIZE: 'encouragement-prize',
  },
  ToolkitItemKind: { POSTER: 'poster', TEXT: 'text', INSPIRATION_SESSION: 'inspiration-session' },
}
