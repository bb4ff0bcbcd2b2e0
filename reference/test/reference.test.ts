import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import crpdArticles from '../crpd-articles.json'
import lifeDomains from '../life-domains.json'
import roles from '../roles.json'

describe('reference data', () => {
  it('has the six VNG life domains with unique kebab-case slugs and both languages', () => {
    expect(lifeDomains).toHaveLength(6)
    expect(new Set(lifeDomains.map((domain) => domain.slug)).size).toBe(6)
    for (const domain of lifeDomains) {
      expect(domain.slug).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(domain.nl).not.toBe('')
      expect(domain.en).not.toBe('')
    }
  })

  it('links every CRPD article to life domains that exist', () => {
    const slugs = new Set(lifeDomains.map((domain) => domain.slug))
    expect(crpdArticles.map((article) => article.number)).toEqual([
      3, 4, 5, 8, 9, 19, 20, 21, 24, 25, 26, 27, 28, 29, 30, 31, 33,
    ])
    for (const article of crpdArticles) {
      expect(article.lifeDomains.length).toBeGreaterThan(0)
      for (const slug of article.lifeDomains) expect(slugs).toContain(slug)
    }
  })

  it('names the five roles of a CMS account', () => {
    expect(roles.map((role) => role.value)).toEqual([
      'admin',
      'editor',
      'organiser',
      'municipal-official',
      'adviser',
    ])
  })

  it('lists 342 municipalities with unique CBS codes', () => {
    const [header, ...rows] = readFileSync(path.join(__dirname, '../municipalities-nl.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
    expect(header).toBe('code,name,province,inhabitants,area_km2,seat,neighbours')
    const codes = rows.map((row) => row.split(',')[0]!)
    expect(codes).toHaveLength(342)
    expect(new Set(codes).size).toBe(342)
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/)
  })
})
