/** A file as the router sends it. */
export interface BuiltFile {
  contentType: string
  contentDisposition: string
  /** The Cache-Control header: the policy of the operations the file was built from. */
  cacheControl: string
  body: string
}

interface Entry {
  file: Promise<BuiltFile>
  /** Infinity while the build runs. */
  expiresAt: number
}

const MAX_AGE = /^public, max-age=(\d+)$/

/**
 * Builds each file once per its cache life, however many ask for it at the same time: a
 * download costs the graph up to a dozen operations, so a peak (or a bot) on one URL must cost
 * one build per second, not one per request. A file is kept exactly as long as its own
 * Cache-Control allows (`public, max-age=n`, at most RESPONSE_CACHE_MAX_AGE_SECONDS); one that
 * may not be cached, and any failure, is shared only with the requests already waiting for it.
 */
export class FileCache {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly maxEntries = 100,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, build: () => Promise<BuiltFile>): Promise<BuiltFile> {
    const found = this.entries.get(key)
    if (found && found.expiresAt > this.now()) return found.file
    const entry: Entry = { file: build(), expiresAt: Infinity }
    this.makeRoom()
    this.entries.set(key, entry)
    entry.file.then(
      (file) => {
        const maxAge = Number(MAX_AGE.exec(file.cacheControl)?.[1] ?? 0)
        if (maxAge > 0) entry.expiresAt = this.now() + maxAge * 1000
        else this.forget(key, entry)
      },
      () => this.forget(key, entry),
    )
    return entry.file
  }

  private forget(key: string, entry: Entry): void {
    if (this.entries.get(key) === entry) this.entries.delete(key)
  }

  /** Drops expired entries, then the oldest finished ones, so the map stays bounded. */
  private makeRoom(): void {
    if (this.entries.size < this.maxEntries) return
    const now = this.now()
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key)
    for (const [key, entry] of this.entries) {
      if (this.entries.size < this.maxEntries) break
      if (entry.expiresAt !== Infinity) this.entries.delete(key)
    }
  }
}
