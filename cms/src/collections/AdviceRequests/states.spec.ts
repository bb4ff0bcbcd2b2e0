import { describe, expect, it } from 'vitest'
import { ADVICE_STATES, isAllowedTransition } from './states'

describe('advice request states', () => {
  it('moves a new request to assigned or declined, not straight to done', () => {
    expect(isAllowedTransition('new', 'assigned')).toBe(true)
    expect(isAllowedTransition('new', 'declined')).toBe(true)
    expect(isAllowedTransition('new', 'done')).toBe(false)
    expect(isAllowedTransition('new', 'in_progress')).toBe(false)
  })

  it('keeps done and declined final', () => {
    for (const to of ADVICE_STATES) {
      expect(isAllowedTransition('done', to)).toBe(to === 'done')
      expect(isAllowedTransition('declined', to)).toBe(to === 'declined')
    }
  })

  it('lets work go back a step: in progress to assigned, assigned to new', () => {
    expect(isAllowedTransition('in_progress', 'assigned')).toBe(true)
    expect(isAllowedTransition('assigned', 'new')).toBe(true)
    expect(isAllowedTransition('in_progress', 'done')).toBe(true)
  })
})
