import DataLoader from 'dataloader'
import { type DataSource, In } from 'typeorm'
import { Municipality } from './municipality.entity'

/** Request-scoped: created per request so cached rows never outlive it. */
export interface MunicipalityLoaders {
  municipalityByCode: DataLoader<string, Municipality | null>
  neighboursByCode: DataLoader<string, Municipality[]>
}

interface NeighbourRow {
  of: string
  code: string
  name: string
  province: string
  inhabitants: number
  areaKm2: string
  seat: string
}

// Columns as the Municipality entity maps them (area_km2 is numeric: pg returns a string).
const NEIGHBOURS_OF = `
  SELECT n."municipality_code" AS "of", m."code", m."name", m."province", m."inhabitants",
         m."area_km2" AS "areaKm2", m."seat"
  FROM "municipality_neighbour" n
  JOIN "municipality" m ON m."code" = n."neighbour_code"
  WHERE n."municipality_code" = ANY($1)
  ORDER BY n."municipality_code", n."neighbour_code"`

function toMunicipality(row: NeighbourRow): Municipality {
  return Object.assign(new Municipality(), {
    code: row.code,
    name: row.name,
    province: row.province,
    inhabitants: row.inhabitants,
    areaKm2: Number(row.areaKm2),
    seat: row.seat,
  })
}

export function createMunicipalityLoaders(dataSource: DataSource): MunicipalityLoaders {
  const municipalities = dataSource.getRepository(Municipality)

  return {
    municipalityByCode: new DataLoader(async (codes) => {
      const rows = await municipalities.findBy({ code: In([...codes]) })
      const byCode = new Map(rows.map((row) => [row.code, row]))
      return codes.map((code) => byCode.get(code) ?? null)
    }),

    neighboursByCode: new DataLoader(async (codes) => {
      // One query for the whole batch, adjacency joined to the neighbouring municipality, in
      // plain SQL: for a full page (342 municipalities, ~1,900 borders) TypeORM's join hydration
      // cost more CPU than the query. A municipality bordering several in the batch is one object.
      const rows = await dataSource.query<NeighbourRow[]>(NEIGHBOURS_OF, [[...codes]])
      const byCode = new Map<string, Municipality[]>(codes.map((code) => [code, []]))
      const seen = new Map<string, Municipality>()
      for (const row of rows) {
        let neighbour = seen.get(row.code)
        if (!neighbour) {
          neighbour = toMunicipality(row)
          seen.set(row.code, neighbour)
        }
        byCode.get(row.of)?.push(neighbour)
      }
      return codes.map((code) => byCode.get(code) ?? [])
    }),
  }
}
