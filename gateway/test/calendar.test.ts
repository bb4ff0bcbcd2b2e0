import ical, { type VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'
import {
  eventUid,
  type FeedEvent,
  parseCalendarRequest,
  renderCalendar,
} from '../src/feeds/calendar.js'
import { FeedError, FeedErrorCode } from '../src/feeds/feeds.errors.js'

const hybrid: FeedEvent = {
  id: '7',
  title: 'Inspiratiesessie, met; leestekens',
  slug: 'inspiratiesessie',
  format: 'HYBRID',
  // Winter (CET, +1) and summer (CEST, +2) in one event: both offsets must come out right.
  startsAt: '2027-02-11T13:00:00.000Z',
  endsAt: '2027-07-11T15:00:00.000Z',
  timeZone: 'Europe/Amsterdam',
  location: 'VNG, Nassaulaan 12, 2514 JS Den Haag',
  onlineUrl: 'https://webinar.example.org/sessie',
  registrationUrl: 'https://www.example.org/aanmelden',
  summary: 'Wat de winnaars deden.',
  descriptionText: null,
}
const utc: FeedEvent = {
  ...hybrid,
  id: '8',
  format: 'DIGITAL',
  timeZone: 'UTC',
  location: null,
  registrationUrl: null,
  startsAt: '2027-03-18T14:30:00.000Z',
  endsAt: '2027-03-18T16:00:00.000Z',
}

/** node-ical gives a property with parameters (URL;VALUE=URI) as { params, val }. */
const value = (property: unknown) =>
  typeof property === 'object' && property !== null && 'val' in property ? property.val : property

function parse(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  )
}

describe('renderCalendar', () => {
  const text = renderCalendar([hybrid, utc], {
    name: 'Test',
    now: new Date('2026-12-01T00:00:00Z'),
  })

  it('writes wall-clock times in Europe/Amsterdam with its VTIMEZONE, and UTC events in UTC', () => {
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270211T140000')
    expect(text).toContain('DTEND;TZID=Europe/Amsterdam:20270711T170000')
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam')
    expect(text).toContain('DTSTART:20270318T143000Z')
    expect(text).toContain('DTSTAMP:20261201T000000Z')
    expect(text.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'))
    expect(text).not.toMatch(/[^\r]\n/)
  })

  it('parses back to the same instants, UIDs, location, links and title', () => {
    const [first, second] = parse(text)
    expect(first?.uid).toBe(eventUid('7'))
    expect(first?.uid).toBe('event-7@iedereendoetmee.nl')
    expect(first?.start.toISOString()).toBe(hybrid.startsAt)
    expect(first?.end?.toISOString()).toBe(hybrid.endsAt)
    expect(first?.start.tz).toBe('Europe/Amsterdam')
    expect(first?.summary).toBe(hybrid.title)
    expect(first?.location).toBe(hybrid.location)
    expect(value(first?.url)).toBe(hybrid.registrationUrl)
    expect(String(first?.description)).toContain(`Aanmelden: ${hybrid.registrationUrl}`)
    expect(String(first?.description)).toContain(`Online: ${hybrid.onlineUrl}`)
    expect(second?.start.toISOString()).toBe(utc.startsAt)
    // An online event without an address is located at its link.
    expect(second?.location).toBe(utc.onlineUrl)
  })

  it('writes an empty but valid calendar when nothing is planned', () => {
    const empty = renderCalendar([], { name: 'Leeg' })
    expect(empty).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r?\n?$/)
    expect(parse(empty)).toEqual([])
  })
})

describe('parseCalendarRequest', () => {
  const refused = (query: Record<string, unknown>) => {
    try {
      parseCalendarRequest(query)
    } catch (error) {
      return error instanceof FeedError ? error.code : error
    }
    return undefined
  }

  it('maps the URL names of a format to the graph enum', () => {
    expect(parseCalendarRequest({ format: 'online' })).toEqual({ format: 'DIGITAL' })
    expect(parseCalendarRequest({ format: 'in-person' })).toEqual({ format: 'PHYSICAL' })
    expect(parseCalendarRequest({ format: 'HYBRID', lifeDomain: 'thuis' })).toEqual({
      format: 'HYBRID',
      lifeDomain: 'thuis',
    })
  })

  it('refuses unknown, repeated and malformed parameters with a code', () => {
    expect(refused({ foo: '1' })).toBe(FeedErrorCode.UnknownParameter)
    expect(refused({ format: ['digital', 'hybrid'] })).toBe(FeedErrorCode.InvalidParameter)
    expect(refused({ format: 'carrier-pigeon' })).toBe(FeedErrorCode.InvalidParameter)
    expect(refused({ lifeDomain: 'Thuis; drop' })).toBe(FeedErrorCode.UnknownLifeDomain)
    expect(refused({ event: 'abc' })).toBe(FeedErrorCode.InvalidParameter)
    expect(refused({ event: '3', format: 'digital' })).toBe(FeedErrorCode.InvalidParameter)
  })
})
