import { describe, expect, it } from 'vitest'
import { findMunicipality } from '../../municipalities/registry'
import { renderToolkitText } from './renderToolkitText'

const oudeIJsselstreek = { code: 'GM1509', name: 'Oude IJsselstreek', province: 'Gelderland' }

describe('renderToolkitText', () => {
  it('fills in the municipality, province and year', () => {
    expect(
      renderToolkitText(
        'Stem op {gemeente} ({provincie}) als Meest Toegankelijke Gemeente {jaar}!',
        oudeIJsselstreek,
        { year: 2024 },
      ),
    ).toBe('Stem op Oude IJsselstreek (Gelderland) als Meest Toegankelijke Gemeente 2024!')
  })

  it('fills in every occurrence, the CBS code and the theme', () => {
    expect(
      renderToolkitText('{gemeente}, {gemeente}: {cbscode} – {thema}', oudeIJsselstreek, {
        year: 2024,
        theme: 'Samen leven',
      }),
    ).toBe('Oude IJsselstreek, Oude IJsselstreek: GM1509 – Samen leven')
  })

  it('leaves unknown placeholders as written so a typo stays visible', () => {
    expect(
      renderToolkitText('Hallo {gemeenten} en {Gemeente}', oudeIJsselstreek, { year: 2024 }),
    ).toBe('Hallo {gemeenten} en {Gemeente}')
  })

  it('renders a name with a comma from the registry', () => {
    const nuenen = findMunicipality('GM0820')!

    expect(renderToolkitText('Welkom in {gemeente}', nuenen, { year: 2021 })).toBe(
      'Welkom in Nuenen, Gerwen en Nederwetten',
    )
  })
})
