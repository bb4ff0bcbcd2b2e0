import path from 'node:path'

// This file sits at src/paths.ts and dist/paths.js alike, so one level up is the package root.
export const packageRoot = path.resolve(__dirname, '..')

export const municipalitiesCsvPath = path.join(packageRoot, 'data', 'municipalities-nl.csv')
