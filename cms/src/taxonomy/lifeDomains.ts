import lifeDomains from '@idm/reference/life-domains.json' with { type: 'json' }

/** A life domain (levensdomein) of the programme, from @idm/reference. */
export interface LifeDomain {
  slug: string
  nl: string
  en: string
}

export const LIFE_DOMAINS: readonly LifeDomain[] = lifeDomains
