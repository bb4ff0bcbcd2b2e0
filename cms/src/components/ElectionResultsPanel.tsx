'use client'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react'

type Text = { nl: string; en: string }

interface StateCounts {
  pending: number
  confirmed: number
  superseded: number
  voided: number
  withdrawn: number
}

interface Results {
  electionCounts?: { ratings: StateCounts; votes: StateCounts }
  electionRatingResults?: Array<{
    rank: number | null
    municipalityCode: string
    ratingCount: number
    overallScore: number | null
  }>
  electionVoteResults?: Array<{ rank: number; municipalityCode: string; voteCount: number }>
  electionAnomalies?: {
    networks: Array<{ networkHash: string; submissions: number }>
    bursts: Array<{ minute: string; submissions: number }>
    fastConfirmations: string[]
  }
}

interface ApiError {
  errors?: Array<{ message?: string }>
}

const T = {
  heading: { nl: 'Uitslag en beheer', en: 'Results and management' },
  intro: {
    nl: 'Live uit de monitor. Alleen bevestigde inzendingen tellen; een score verschijnt vanaf 10 beoordelingen.',
    en: 'Live from the monitor. Only confirmed submissions count; a score shows from 10 ratings.',
  },
  save: { nl: 'Sla de editie eerst op.', en: 'Save the edition first.' },
  loading: { nl: 'Uitslag laden…', en: 'Loading results…' },
  refresh: { nl: 'Vernieuwen', en: 'Refresh' },
  counts: { nl: 'Inzendingen per status', en: 'Submissions per state' },
  kind: { nl: 'Soort', en: 'Kind' },
  ratings: { nl: 'Beoordelingen', en: 'Ratings' },
  votes: { nl: 'Stemmen', en: 'Votes' },
  pending: { nl: 'Wacht op bevestiging', en: 'Pending' },
  confirmed: { nl: 'Bevestigd', en: 'Confirmed' },
  superseded: { nl: 'Vervangen', en: 'Superseded' },
  voided: { nl: 'Ongeldig verklaard', en: 'Voided' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
  rating: { nl: 'Ranglijst beoordeling', en: 'Rating ranking' },
  vote: { nl: 'Ranglijst publieksstemming', en: 'Public vote ranking' },
  rank: { nl: 'Plaats', en: 'Rank' },
  municipality: { nl: 'Gemeente (CBS-code)', en: 'Municipality (CBS code)' },
  count: { nl: 'Aantal', en: 'Count' },
  score: { nl: 'Score (0–100)', en: 'Score (0–100)' },
  none: { nl: 'Nog geen bevestigde inzendingen.', en: 'No confirmed submissions yet.' },
  anomalies: { nl: 'Signalen', en: 'Signals' },
  anomalyText: {
    nl: 'netwerken met veel inzendingen, pieken per minuut, zeer snelle bevestigingen',
    en: 'networks with many submissions, bursts per minute, very fast confirmations',
  },
  toVote: { nl: 'Top 10 naar de publieksstemming', en: 'Top 10 to the public vote' },
  toJury: { nl: 'Top 3 naar de jury', en: 'Top 3 to the jury' },
  moved: { nl: 'Doorgezet', en: 'Moved on' },
  voidHeading: { nl: 'Inzending ongeldig verklaren', en: 'Void a submission' },
  voidKind: { nl: 'Soort inzending', en: 'Kind of submission' },
  voidId: { nl: 'Id van de inzending', en: 'Submission id' },
  voidReason: { nl: 'Reden (blijft bewaard)', en: 'Reason (kept)' },
  voidSubmit: { nl: 'Ongeldig verklaren', en: 'Void' },
  voidDone: { nl: 'Ongeldig verklaard.', en: 'Voided.' },
} satisfies Record<string, Text>

/**
 * The organisers' panel on an election edition: live counts per state, the rankings, the anomaly
 * signals, voiding with a reason, and the one-click moves to the public vote and the jury. It
 * calls the edition's own endpoints (cms/src/collections/ElectionEditions/endpoints), which ask
 * the monitor as the signed-in organiser; the monitor decides what this user may see and do.
 */
export function ElectionResultsPanel() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = useCallback(
    (text: Text) => (i18n.language === 'en' ? text.en : text.nl),
    [i18n.language],
  )
  const [results, setResults] = useState<Results | undefined>()
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const headingId = useId()

  const call = useCallback(
    async (path: string, body?: unknown): Promise<Record<string, unknown> | undefined> => {
      const response = await fetch(`/api/election-editions/${id}/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        credentials: 'include',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const json = (await response.json()) as Record<string, unknown> & ApiError
      if (!response.ok) {
        setStatus(json.errors?.[0]?.message ?? `HTTP ${response.status}`)
        return undefined
      }
      return json
    },
    [id],
  )

  const load = useCallback(async () => {
    if (!id) return
    const json = await call('results')
    if (json) setResults(json as Results)
  }, [call, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p>{t(T.save)}</p>

  const advance = async (step: 'public-vote' | 'jury') => {
    setBusy(true)
    const json = await call('advance', { step })
    setBusy(false)
    if (!json) return
    const moved = (json.nominations as Array<{ municipalityCode: string; rank: number }>)
      .map((n) => `${n.rank}. ${n.municipalityCode}`)
      .join(', ')
    setStatus(`${t(T.moved)}: ${moved}`)
    await load()
  }

  const voidSubmission = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    const json = await call('void', {
      kind: form.get('kind'),
      id: String(form.get('id') ?? '').trim(),
      reason: String(form.get('reason') ?? '').trim(),
    })
    setBusy(false)
    if (json) {
      setStatus(t(T.voidDone))
      await load()
    }
  }

  const states = ['pending', 'confirmed', 'superseded', 'voided', 'withdrawn'] as const
  const counts = results?.electionCounts
  const rating = (results?.electionRatingResults ?? []).filter((r) => r.rank !== null)
  const vote = results?.electionVoteResults ?? []
  const anomalies = results?.electionAnomalies

  return (
    <section aria-labelledby={headingId} className="election-results-panel">
      <h2 id={headingId}>{t(T.heading)}</h2>
      <p>{t(T.intro)}</p>
      <output aria-live="polite" style={{ display: 'block', minHeight: '1.5em' }}>
        {status || (!results ? t(T.loading) : '')}
      </output>
      <Button buttonStyle="secondary" onClick={() => void load()} disabled={busy}>
        {t(T.refresh)}
      </Button>
      {counts ? (
        <table>
          <caption>{t(T.counts)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(T.kind)}</th>
              {states.map((state) => (
                <th scope="col" key={state}>
                  {t(T[state])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['ratings', 'votes'] as const).map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(T[kind])}</th>
                {states.map((state) => (
                  <td key={state}>{counts[kind][state]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Ranking
        caption={t(T.rating)}
        empty={t(T.none)}
        headers={[t(T.rank), t(T.municipality), t(T.count), t(T.score)]}
        rows={rating.map((r) => [
          r.rank ?? '–',
          r.municipalityCode,
          r.ratingCount,
          r.overallScore ?? '–',
        ])}
      />
      <Button onClick={() => void advance('public-vote')} disabled={busy}>
        {t(T.toVote)}
      </Button>
      <Ranking
        caption={t(T.vote)}
        empty={t(T.none)}
        headers={[t(T.rank), t(T.municipality), t(T.count)]}
        rows={vote.map((r) => [r.rank, r.municipalityCode, r.voteCount])}
      />
      <Button onClick={() => void advance('jury')} disabled={busy}>
        {t(T.toJury)}
      </Button>
      {anomalies ? (
        <p>
          {t(T.anomalies)} ({t(T.anomalyText)}): {anomalies.networks.length},{' '}
          {anomalies.bursts.length}, {anomalies.fastConfirmations.length}
        </p>
      ) : null}
      <form onSubmit={(event) => void voidSubmission(event)}>
        <fieldset>
          <legend>{t(T.voidHeading)}</legend>
          <label htmlFor={`${headingId}-kind`}>{t(T.voidKind)}</label>
          <select id={`${headingId}-kind`} name="kind" defaultValue="rating">
            <option value="rating">{t(T.ratings)}</option>
            <option value="vote">{t(T.votes)}</option>
          </select>
          <label htmlFor={`${headingId}-id`}>{t(T.voidId)}</label>
          <input id={`${headingId}-id`} name="id" required autoComplete="off" />
          <label htmlFor={`${headingId}-reason`}>{t(T.voidReason)}</label>
          <input id={`${headingId}-reason`} name="reason" required minLength={3} maxLength={500} />
          <Button type="submit" buttonStyle="secondary" disabled={busy}>
            {t(T.voidSubmit)}
          </Button>
        </fieldset>
      </form>
    </section>
  )
}

function Ranking({
  caption,
  empty,
  headers,
  rows,
}: {
  caption: string
  empty: string
  headers: string[]
  rows: Array<Array<string | number>>
}) {
  if (rows.length === 0) return <p>{empty}</p>
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th scope="col" key={header}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row[1])}>
            {row.map((cell, index) => (
              <td key={headers[index]}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
