import { describe, expect, it } from 'vitest'
import {
  findMunicipality,
  municipalities,
  MunicipalityRegistryError,
  parseMunicipalitiesCsv,
} from './registry'

describe('municipality registry', () => {
  it('reads all 342 municipalities from @idm/reference', () => {
    expect(municipalities().size).toBe(342)
    expect(findMunicipality('GM1509')).toEqual({
      code: 'GM1509',
      name: 'Oude IJsselstreek',
      province: 'Gelderland',
    })
  })

  it('keeps a quoted name with a comma in one field', () => {
    expect(findMunicipality('GM0820')?.name).toBe('Nuenen, Gerwen en Nederwetten')
    const registry = parseMunicipalitiesCsv(
      'code,name,province\nGM0001,"Noord, ""Zuid"" en West",Utrecht\n',
    )
    expect(registry.get('GM0001')?.name).toBe('Noord, "Zuid" en West')
  })

  it('accepts CRLF line endings without a stray carriage return', () => {
    const registry = parseMunicipalitiesCsv(
      'code,name,province,seat\r\nGM0014,Groningen,Groningen,Groningen\r\n',
    )

    expect(registry.get('GM0014')).toEqual({
      code: 'GM0014',
      name: 'Groningen',
      province: 'Groningen',
    })
  })

  it('refuses a file without a province column', () => {
    expect(() => parseMunicipalitiesCsv('code,name\nGM0014,Groningen\n')).toThrow(
      MunicipalityRegistryError,
    )
  })

  it('knows no municipality GM9999', () => {
    expect(findMunicipality('GM9999')).toBeUndefined()
  })
})
