import path from 'node:path'

// This file sits at src/paths.ts and dist/paths.js alike, so one level up is the package root.
export const packageRoot = path.resolve(__dirname, '..')

/** The municipality registry, shared with the CMS through @idm/reference. */
export const municipalitiesCsvPath = require.resolve('@idm/reference/municipalities-nl.csv')
