// @ts-check
const useColour = process.stdout.isTTY && !process.env.NO_COLOR
const colours = {
  monitor: 36,
  content: 35,
  cms: 33,
  gateway: 32,
  postgres: 34,
  setup: 90,
  build: 90,
}

/** @param {string} name */
export function prefix(name) {
  const label = `[${name}]`.padEnd(11)
  const code = colours[/** @type {keyof typeof colours} */ (name.split(':')[0])] ?? 90
  return useColour ? `\x1b[${code}m${label}\x1b[0m` : label
}

/** @param {string} name @param {string} message */
export function log(name, message) {
  for (const line of message.split('\n')) if (line.trim()) console.log(`${prefix(name)} ${line}`)
}

/** @param {string} message */
export function say(message) {
  console.log(useColour ? `\x1b[1m${message}\x1b[0m` : message)
}
