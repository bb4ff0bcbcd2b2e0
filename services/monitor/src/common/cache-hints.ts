/**
 * Apollo Server's cache hints, as TypeGraphQL directives (`@Directive(PUBLIC_CACHE)` on a class).
 * Public reference data and published aggregates may be cached for a minute (the gateway caps
 * every entry at RESPONSE_CACHE_MAX_AGE_SECONDS, see docs/caching.md); parts of a larger object
 * inherit its hint; a municipality's own measurements and responses are never cached. Any answer
 * to a logged-in caller is private on top (cache-control.ts). Unhinted objects count as uncacheable.
 */
export const PUBLIC_CACHE = '@cacheControl(maxAge: 60)'
export const INHERITED_CACHE = '@cacheControl(inheritMaxAge: true)'
export const NO_CACHE = '@cacheControl(maxAge: 0)'
