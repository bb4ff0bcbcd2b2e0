import { describe, expect, it } from 'vitest'
import { type BuiltFile, FileCache } from '../src/feeds/file-cache.js'

const file = (cacheControl: string, body = 'x'): BuiltFile => ({
  contentType: 'text/csv; charset=utf-8',
  contentDisposition: 'attachment; filename="x.csv"',
  cacheControl,
  body,
})

describe('FileCache', () => {
  it('builds a file once for requests that arrive while it is being built', async () => {
    const cache = new FileCache()
    let builds = 0
    const build = async () => {
      builds++
      await new Promise((resolve) => setTimeout(resolve, 10))
      return file('public, max-age=1')
    }
    const files = await Promise.all([1, 2, 3].map(() => cache.get('/a.csv', build)))
    expect(builds).toBe(1)
    expect(new Set(files).size).toBe(1)
  })

  it('keeps a file exactly as long as its Cache-Control allows', async () => {
    let now = 0
    const cache = new FileCache(100, () => now)
    let builds = 0
    const build = async () => file('public, max-age=2', String(++builds))
    expect((await cache.get('/a.csv', build)).body).toBe('1')
    now = 1_999
    expect((await cache.get('/a.csv', build)).body).toBe('1')
    now = 2_000
    expect((await cache.get('/a.csv', build)).body).toBe('2')
  })

  it('never keeps an uncacheable file or a failure', async () => {
    const cache = new FileCache()
    let builds = 0
    const uncacheable = async () => file('no-store', String(++builds))
    await cache.get('/a.csv', uncacheable)
    await new Promise((resolve) => setImmediate(resolve))
    expect((await cache.get('/a.csv', uncacheable)).body).toBe('2')

    let attempts = 0
    const failing = async () => {
      attempts++
      throw new Error('subgraph down')
    }
    await expect(cache.get('/b.csv', failing)).rejects.toThrow('subgraph down')
    await new Promise((resolve) => setImmediate(resolve))
    await expect(cache.get('/b.csv', failing)).rejects.toThrow('subgraph down')
    expect(attempts).toBe(2)
  })

  it('stays bounded, dropping the oldest finished entries', async () => {
    const cache = new FileCache(2)
    let builds = 0
    const build = async () => file('public, max-age=60', String(++builds))
    await cache.get('/1', build)
    await cache.get('/2', build)
    await cache.get('/3', build)
    await new Promise((resolve) => setImmediate(resolve))
    expect((await cache.get('/1', build)).body).toBe('4')
    expect((await cache.get('/3', build)).body).toBe('3')
  })
})
