import { describe, expect, it } from 'vitest'
import { capToDeclaredSize } from './listSizes'

describe('capToDeclaredSize', () => {
  it("keeps the first 50 of a municipality's knowledge products, as the cost model declares", async () => {
    const batch = capToDeclaredSize('Municipality.knowledgeProducts', async (codes) =>
      codes.map((code) => Array.from({ length: code === 'GM0363' ? 60 : 3 }, (_, index) => index)),
    )

    const [amsterdam, other] = await batch(['GM0363', 'GM0014'])

    expect(amsterdam).toHaveLength(50)
    expect(amsterdam?.[0]).toBe(0)
    expect(other).toEqual([0, 1, 2])
  })

  it('refuses a field the cost model declares no size for', () => {
    expect(() => capToDeclaredSize('Municipality.everything', async () => [])).toThrow(
      /declares no size for Municipality.everything/,
    )
  })
})
