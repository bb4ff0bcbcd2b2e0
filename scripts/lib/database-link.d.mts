/** Types of database-link.mjs, for the TypeScript tests of the monitor and the CMS. */
export declare class DatabaseLink {
  constructor(target: { host: string; port: number })
  readonly target: { host: string; port: number }
  port: number
  open(): Promise<void>
  cut(): Promise<void>
  through(url: string): string
}
