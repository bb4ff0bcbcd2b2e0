import type { CollectionBeforeChangeHook } from 'payload'
import type { AdviceRequest } from '../../../payload-types'
import { AdviceRequestErrorCode, AdviceRequestValidationError } from '../errors'
import {
  ADVICE_STATE_LABELS,
  type AdviceState,
  isAdviceState,
  isAllowedTransition,
  NEEDS_ASSIGNEE,
} from '../states'
import { idOf } from './idOf'

type HistoryRow = NonNullable<AdviceRequest['history']>[number]

/**
 * The queue's rules on every update: only the moves of states.ts, an assignee while the request
 * is assigned or in progress, and an unconfirmed request stays new. Each change of state is
 * appended to the history (who, when); the history itself is rebuilt from the stored one, so no
 * client can rewrite it.
 */
export const enforceStateTransition: CollectionBeforeChangeHook<AdviceRequest> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  // Requests are created by the advice service, which sets the first state and history itself.
  if (operation !== 'update' || !originalDoc) return data
  const from: AdviceState = originalDoc.state
  const to: unknown = data.state ?? from
  if (!isAdviceState(to) || !isAllowedTransition(from, to)) {
    const target = isAdviceState(to) ? ADVICE_STATE_LABELS[to] : { nl: String(to), en: String(to) }
    throw new AdviceRequestValidationError(
      AdviceRequestErrorCode.InvalidTransition,
      'state',
      {
        nl: `Een aanvraag met status "${ADVICE_STATE_LABELS[from].nl}" kan niet naar "${target.nl}".`,
        en: `A request that is "${ADVICE_STATE_LABELS[from].en}" cannot move to "${target.en}".`,
      },
      req,
    )
  }
  if (to !== 'new' && !originalDoc.confirmedAt) {
    throw new AdviceRequestValidationError(
      AdviceRequestErrorCode.NotConfirmed,
      'state',
      {
        nl: 'Deze aanvraag is nog niet bevestigd via de e-mail; ze blijft "Nieuw" tot de aanvrager bevestigt.',
        en: 'This request has not been confirmed by e-mail yet; it stays "New" until the requester confirms.',
      },
      req,
    )
  }
  const assignee = data.assignee !== undefined ? data.assignee : originalDoc.assignee
  if (NEEDS_ASSIGNEE.includes(to) && idOf(assignee) === undefined) {
    throw new AdviceRequestValidationError(
      AdviceRequestErrorCode.AssigneeRequired,
      'assignee',
      {
        nl: `Kies een adviseur voordat de aanvraag "${ADVICE_STATE_LABELS[to].nl}" wordt.`,
        en: `Choose an adviser before the request becomes "${ADVICE_STATE_LABELS[to].en}".`,
      },
      req,
    )
  }
  const history: HistoryRow[] = (originalDoc.history ?? []).map((row) => ({
    id: row.id ?? null,
    from: row.from ?? null,
    to: row.to,
    by: idOf(row.by) ?? null,
    at: row.at,
  }))
  if (to !== from) {
    history.push({ from, to, by: idOf(req.user) ?? null, at: new Date().toISOString() })
  }
  return { ...data, state: to, history }
}
