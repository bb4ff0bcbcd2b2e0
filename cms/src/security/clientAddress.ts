import { BlockList, isIP } from 'node:net'

/**
 * The client address a login attempt is counted against.
 *
 * Neither a route handler nor Next 16's `proxy.ts` sees the socket: both get a Fetch `Request`
 * built from the headers only. What Next adds is `x-forwarded-for`, and only when the client
 * sent none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in next/dist/server/
 * base-server.js, 16.4): a client-supplied header reaches both places unchanged and the socket
 * address is gone. So the check runs in the route wrapper, which sees exactly what proxy.ts would
 * and is testable in-process, and the address is read from that header as follows:
 *
 * - TRUST_PROXY=false (no proxy in front): the rightmost entry, which is the socket address
 *   whenever the client added none. A client talking to Next directly can still choose it, which
 *   is why the per-e-mail limit and Payload's lockout never depend on it; production belongs
 *   behind a proxy that sets the header.
 * - a hop count n: the n-th entry from the right. The nearest proxy is the socket Next hides, so
 *   with one proxy (TRUST_PROXY=1) the rightmost entry is the address that proxy saw.
 * - a comma list of proxy addresses, subnets or Express's names (loopback, linklocal,
 *   uniquelocal): from the right, the first entry that is not one of them.
 * - true: the leftmost entry (every hop trusted).
 *
 * Hop counts and lists pick the same entry Express's `trust proxy` does (the gateway's
 * TRUST_PROXY), with the hidden socket taken to be a trusted proxy.
 */
export function clientAddress(headers: Headers, trustProxy: string): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => normalise(entry.trim()))
    .filter(Boolean)
  if (chain.length === 0) return 'unknown'
  const fromRight = [...chain].reverse()
  if (trustProxy === 'true') return chain[0]!
  if (trustProxy === 'false' || trustProxy === '') return fromRight[0]!
  if (/^\d+$/.test(trustProxy)) {
    const hops = Math.max(1, Number(trustProxy))
    return fromRight[Math.min(hops, fromRight.length) - 1]!
  }
  const trusted = trustedProxies(trustProxy)
  return fromRight.find((entry) => !isTrusted(trusted, entry)) ?? chain[0]!
}

// A header can be as long as the client likes; a counter key need not be.
const MAX_KEY_LENGTH = 64

function normalise(entry: string): string {
  // IPv4 clients of a dual-stack socket show up as ::ffff:a.b.c.d; count them as a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(entry)
  return (mapped?.[1] ?? entry).toLowerCase().slice(0, MAX_KEY_LENGTH)
}

const lists = new Map<string, BlockList>()

// The names Express's `trust proxy` accepts for well-known ranges.
const NAMED_RANGES: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
}

function trustedProxies(setting: string): BlockList {
  let list = lists.get(setting)
  if (list) return list
  list = new BlockList()
  const items = setting
    .split(',')
    .map((part) => part.trim())
    .flatMap((part) => NAMED_RANGES[part] ?? [part])
  for (const item of items) {
    const [address = '', prefix] = item.split('/')
    const family = isIP(address)
    if (family === 0) continue
    const type = family === 6 ? 'ipv6' : 'ipv4'
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(prefix), type)
  }
  lists.set(setting, list)
  return list
}

function isTrusted(list: BlockList, entry: string): boolean {
  const family = isIP(entry)
  return family !== 0 && list.check(entry, family === 6 ? 'ipv6' : 'ipv4')
}
