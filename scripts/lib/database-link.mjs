// @ts-check
import net from 'node:net'

/**
 * A TCP hop between a service and its real PostgreSQL database, so that a test can make the
 * database go away and come back: `cut` refuses new connections (the port is closed) and drops
 * open ones; `open` (again) reconnects on the same port.
 */
export class DatabaseLink {
  /** @type {net.Server | undefined} */
  #server
  /** @type {Set<net.Socket>} */
  #sockets = new Set()
  port = 0

  /** @param {{ host: string, port: number }} target */
  constructor(target) {
    this.target = target
  }

  async open() {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target)
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket)
        socket.on('close', () => this.#sockets.delete(socket))
        socket.on('error', () => undefined)
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise((resolve) => server.listen(this.port, '127.0.0.1', () => resolve(undefined)))
    this.port = /** @type {net.AddressInfo} */ (server.address()).port
    this.#server = server
  }

  async cut() {
    const server = this.#server
    this.#server = undefined
    for (const socket of this.#sockets) socket.destroy()
    if (server) await new Promise((resolve) => server.close(() => resolve(undefined)))
  }

  /** `url` (a PostgreSQL URL) as it reaches the database through this link. */
  through(/** @type {string} */ url) {
    const via = new URL(url)
    via.host = `127.0.0.1:${this.port}`
    return via.toString()
  }
}
