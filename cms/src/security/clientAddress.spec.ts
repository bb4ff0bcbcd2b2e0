import { describe, expect, it } from 'vitest'
import { clientAddress } from './clientAddress'

const forwarded = (value?: string) =>
  new Headers(value === undefined ? {} : { 'x-forwarded-for': value })

describe('clientAddress', () => {
  it('uses the address Next put there when the client sent none (TRUST_PROXY=false)', () => {
    expect(clientAddress(forwarded('127.0.0.1'), 'false')).toBe('127.0.0.1')
  })

  it('counts IPv4 clients of a dual-stack socket by their IPv4 address', () => {
    expect(clientAddress(forwarded('::ffff:192.0.2.7'), 'false')).toBe('192.0.2.7')
  })

  it('takes the entry the nearest proxy appended with TRUST_PROXY=1', () => {
    expect(clientAddress(forwarded('10.9.9.9, 198.51.100.4'), '1')).toBe('198.51.100.4')
  })

  it('walks one entry further left per trusted hop', () => {
    expect(clientAddress(forwarded('198.51.100.4, 10.0.0.2'), '2')).toBe('198.51.100.4')
    expect(clientAddress(forwarded('198.51.100.4'), '3')).toBe('198.51.100.4')
  })

  it('skips the listed proxies and subnets from the right', () => {
    const headers = forwarded('203.0.113.9, 198.51.100.4, 10.0.0.2, 127.0.0.1')
    expect(clientAddress(headers, '10.0.0.0/8,loopback')).toBe('198.51.100.4')
  })

  it('trusts the leftmost entry only with TRUST_PROXY=true', () => {
    expect(clientAddress(forwarded('203.0.113.9, 198.51.100.4'), 'true')).toBe('203.0.113.9')
  })

  it('caps what a client writes to a short key', () => {
    expect(clientAddress(forwarded('x'.repeat(5_000)), 'false')).toHaveLength(64)
  })

  it('falls back to one shared key without the header', () => {
    expect(clientAddress(forwarded(), 'false')).toBe('unknown')
  })
})
