import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CRPD_ARTICLE_OPTIONS } from '../../cms/src/fields/crpdArticles'
import { LIFE_DOMAIN_OPTIONS } from '../../cms/src/fields/lifeDomains'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

interface Connection<T> {
  edges: Array<{ node: T }>
}

/**
 * The CMS tags content with life domains and CRPD articles; the monitor serves them as entities.
 * Both read @idm/reference; this fails the moment the graph and the CMS's options differ.
 */
describe('one list of life domains and CRPD articles across the CMS and the graph', () => {
  let platform: TestPlatform

  beforeAll(async () => {
    platform = await startTestPlatform({ admin: false })
  })
  afterAll(async () => {
    await platform?.stop()
  })

  it('serves exactly the life domains the CMS offers editors', async () => {
    const response = await graphql(
      platform.urls.graphql,
      '{ lifeDomains(first: 50) { edges { node { slug nameNl nameEn } } } }',
    )
    const served = (
      response.data?.lifeDomains as Connection<{ slug: string; nameNl: string; nameEn: string }>
    ).edges.map(({ node }) => ({ value: node.slug, label: { nl: node.nameNl, en: node.nameEn } }))
    expect(served).toEqual(LIFE_DOMAIN_OPTIONS)
  })

  it('serves exactly the CRPD articles the CMS offers editors', async () => {
    const response = await graphql(
      platform.urls.graphql,
      '{ crpdArticles(first: 50) { edges { node { number titleNl titleEn } } } }',
    )
    type Article = { number: number; titleNl: string; titleEn: string }
    const served = (response.data?.crpdArticles as Connection<Article>).edges.map(({ node }) => ({
      value: String(node.number),
      label: {
        nl: `Artikel ${node.number} – ${node.titleNl}`,
        en: `Article ${node.number} – ${node.titleEn}`,
      },
    }))
    expect(served).toEqual(CRPD_ARTICLE_OPTIONS)
  })
})
