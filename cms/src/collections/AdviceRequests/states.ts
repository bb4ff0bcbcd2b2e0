import type { Localized } from '../../fields/localized'

/** Where an advice request is in the project team's queue. */
export const ADVICE_STATES = ['new', 'assigned', 'in_progress', 'done', 'declined'] as const
export type AdviceState = (typeof ADVICE_STATES)[number]

export const ADVICE_STATE_LABELS: Readonly<Record<AdviceState, Localized>> = {
  new: { nl: 'Nieuw', en: 'New' },
  assigned: { nl: 'Toegewezen', en: 'Assigned' },
  in_progress: { nl: 'In behandeling', en: 'In progress' },
  done: { nl: 'Afgerond', en: 'Done' },
  declined: { nl: 'Afgewezen', en: 'Declined' },
}

/**
 * The moves the queue allows. An assigned request can go back to the queue (new) or to another
 * state of work; done and declined are final: a new question is a new request.
 */
export const ADVICE_TRANSITIONS: Readonly<Record<AdviceState, readonly AdviceState[]>> = {
  new: ['assigned', 'declined'],
  assigned: ['new', 'in_progress', 'declined'],
  in_progress: ['assigned', 'done', 'declined'],
  done: [],
  declined: [],
}

export const isAdviceState = (value: unknown): value is AdviceState =>
  typeof value === 'string' && (ADVICE_STATES as readonly string[]).includes(value)

/** True when the queue may move a request from `from` to `to` (staying put is always allowed). */
export function isAllowedTransition(from: AdviceState, to: AdviceState): boolean {
  return from === to || ADVICE_TRANSITIONS[from].includes(to)
}

/** States in which the request has someone working on it, so it needs an assignee. */
export const NEEDS_ASSIGNEE: readonly AdviceState[] = ['assigned', 'in_progress']
