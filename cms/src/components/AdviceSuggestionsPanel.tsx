'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

type Text = { nl: string; en: string }

interface Item {
  id: string
  title: string
  slug: string
  startsAt?: string
}

interface Suggestions {
  knowledgeProducts: Item[]
  practiceExamples: Item[]
  upcomingEvents: Item[]
  weakestLifeDomains: Array<{ slug: string; nl: string; mean: number }> | null
}

const T = {
  heading: { nl: 'Suggesties voor de adviseur', en: 'Suggestions for the adviser' },
  intro: {
    nl: 'Gepubliceerde inhoud met dezelfde levensdomeinen en artikelen, en de zwakste levensdomeinen van de gemeente uit de monitor (alleen gepubliceerde scores).',
    en: "Published content with the same life domains and articles, and the municipality's weakest life domains from the monitor (published scores only).",
  },
  loading: { nl: 'Suggesties laden…', en: 'Loading suggestions…' },
  knowledgeProducts: { nl: 'Kennisproducten', en: 'Knowledge products' },
  practiceExamples: { nl: 'Praktijkvoorbeelden', en: 'Practice examples' },
  upcomingEvents: { nl: 'Komende bijeenkomsten', en: 'Upcoming events' },
  weakest: {
    nl: 'Zwakste levensdomeinen (zelfevaluatie)',
    en: 'Weakest life domains (self-assessment)',
  },
  noScores: {
    nl: 'Deze gemeente heeft geen gepubliceerde zelfevaluatie.',
    en: 'This municipality has no published self-assessment.',
  },
  monitorDown: {
    nl: 'De monitor is nu niet bereikbaar; probeer het later opnieuw.',
    en: 'The monitor cannot be reached now; try again later.',
  },
  none: { nl: 'Geen.', en: 'None.' },
} satisfies Record<string, Text>

const ADMIN_PATHS = {
  knowledgeProducts: 'knowledge-products',
  practiceExamples: 'practice-examples',
  upcomingEvents: 'events',
} as const

/**
 * The adviser's panel on an advice request: what the platform already offers on its topics, so
 * the adviser starts informed. Reads `GET /api/advice-requests/:id/suggestions` (project team only).
 */
export function AdviceSuggestionsPanel() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = useCallback(
    (text: Text) => (i18n.language === 'en' ? text.en : text.nl),
    [i18n.language],
  )
  const [suggestions, setSuggestions] = useState<Suggestions | undefined>()
  const [status, setStatus] = useState('')
  const headingId = useId()

  useEffect(() => {
    if (!id) return
    let cancelled = false
    void (async () => {
      const response = await fetch(`/api/advice-requests/${id}/suggestions`, {
        credentials: 'include',
      })
      const json = (await response.json()) as Suggestions & { errors?: Array<{ message?: string }> }
      if (cancelled) return
      if (!response.ok) setStatus(json.errors?.[0]?.message ?? `HTTP ${response.status}`)
      else setSuggestions(json)
    })()
    return () => {
      cancelled = true
    }
  }, [id])

  if (!id) return null

  const list = (kind: keyof typeof ADMIN_PATHS) => {
    const items = suggestions?.[kind] ?? []
    return (
      <>
        <h4>{t(T[kind])}</h4>
        {items.length === 0 ? (
          <p>{t(T.none)}</p>
        ) : (
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <a href={`/admin/collections/${ADMIN_PATHS[kind]}/${item.id}`}>{item.title}</a>
                {item.startsAt
                  ? ` (${new Date(item.startsAt).toLocaleDateString(i18n.language)})`
                  : ''}
              </li>
            ))}
          </ul>
        )}
      </>
    )
  }

  return (
    <section aria-labelledby={headingId} className="advice-suggestions-panel">
      <h3 id={headingId}>{t(T.heading)}</h3>
      <p>{t(T.intro)}</p>
      <p role="status">{status}</p>
      {!suggestions && !status ? <p>{t(T.loading)}</p> : null}
      {suggestions ? (
        <>
          <h4>{t(T.weakest)}</h4>
          {suggestions.weakestLifeDomains === null ? (
            <p>{t(T.monitorDown)}</p>
          ) : suggestions.weakestLifeDomains.length === 0 ? (
            <p>{t(T.noScores)}</p>
          ) : (
            <ol>
              {suggestions.weakestLifeDomains.map((domain) => (
                <li key={domain.slug}>
                  {domain.nl}: {domain.mean.toFixed(1)}
                </li>
              ))}
            </ol>
          )}
          {list('knowledgeProducts')}
          {list('practiceExamples')}
          {list('upcomingEvents')}
        </>
      ) : null}
    </section>
  )
}
