import type { Endpoint, PayloadRequest } from 'payload'
import { callMonitor, MonitorCallError } from '../../../election/monitorClient'
import { localize } from '../../../fields/localized'
import {
  adviceSuggestions,
  toAdviceRequestModel,
  ADVICE_SELECT,
} from '../../../subgraph/advice/advice.reads'
import { createLoaders } from '../../../subgraph/shared/loaders'
import { LIFE_DOMAINS } from '../../../taxonomy/lifeDomains'
import { hasRole } from '../../Users/roles'

const problem = (status: number, code: string, message: string) =>
  Response.json({ errors: [{ message, extensions: { code } }] }, { status })

const WEAKEST = /* GraphQL */ `
  query AdviceWeakestTopics($code: String!) {
    municipality(code: $code) {
      weakestTopics(limit: 3) {
        lifeDomain {
          slug
        }
        mean
      }
    }
  }
`

interface WeakestAnswer {
  municipality: { weakestTopics: Array<{ lifeDomain: { slug: string }; mean: number }> } | null
}

/**
 * The municipality's weakest published life domains, asked anonymously: the monitor's public
 * data only (an adviser does not see a municipality's private results). Null when the monitor
 * does not answer; the panel says so.
 */
async function weakestLifeDomains(req: PayloadRequest, code: string) {
  try {
    const data = await callMonitor<WeakestAnswer>(
      { headers: new Headers(), payload: req.payload },
      WEAKEST,
      { code },
    )
    return (data.municipality?.weakestTopics ?? []).map(({ lifeDomain, mean }) => {
      const domain = LIFE_DOMAINS.find((each) => each.slug === lifeDomain.slug)
      return { slug: lifeDomain.slug, nl: domain?.nl ?? lifeDomain.slug, mean }
    })
  } catch (error) {
    if (error instanceof MonitorCallError) return null
    throw error
  }
}

/**
 * `GET /api/advice-requests/:id/suggestions`, for the adviser's panel in the edit view: the same
 * suggestions as `AdviceRequest.suggestions` in the graph (published content read as the adviser,
 * through the content subgraph's loaders), and the weakest life domains from the monitor.
 */
export const suggestionsEndpoint: Endpoint = {
  path: '/:id/suggestions',
  method: 'get',
  handler: async (req) => {
    if (!req.user) {
      return problem(
        401,
        'UNAUTHENTICATED',
        localize(req, { nl: 'Log eerst in.', en: 'Log in first.' }),
      )
    }
    if (!hasRole(req.user, 'admin', 'adviser')) {
      return problem(
        403,
        'FORBIDDEN',
        localize(req, {
          nl: 'Alleen het projectteam ziet de suggesties.',
          en: 'Only the project team sees the suggestions.',
        }),
      )
    }
    const id = String(req.routeParams?.id ?? '')
    const doc = /^\d+$/.test(id)
      ? await req.payload
          .findByID({
            collection: 'advice-requests',
            id,
            depth: 0,
            select: ADVICE_SELECT,
            overrideAccess: false,
            user: req.user,
            req,
          })
          .catch(() => null)
      : null
    if (!doc) {
      return problem(
        404,
        'NOT_FOUND',
        localize(req, { nl: 'Deze aanvraag bestaat niet.', en: 'This request does not exist.' }),
      )
    }
    const request = toAdviceRequestModel(doc)
    const actor = { payload: req.payload, user: req.user }
    const [suggestions, weakest] = await Promise.all([
      adviceSuggestions(createLoaders(actor), request),
      weakestLifeDomains(req, request.municipalityCode),
    ])
    const brief = ({ id: docId, title, slug }: { id: string; title: string; slug: string }) => ({
      id: docId,
      title,
      slug,
    })
    return Response.json(
      {
        knowledgeProducts: suggestions.knowledgeProducts.map(brief),
        practiceExamples: suggestions.practiceExamples.map(brief),
        upcomingEvents: suggestions.upcomingEvents.map((event) => ({
          ...brief(event),
          startsAt: event.startsAt,
        })),
        weakestLifeDomains: weakest,
      },
      { headers: { 'cache-control': 'private, no-store' } },
    )
  },
}
