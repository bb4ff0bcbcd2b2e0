import DataLoader from 'dataloader'
import { type DataSource, In } from 'typeorm'
import { MunicipalityNeighbour } from './municipality-neighbour.entity'
import { Municipality } from './municipality.entity'

/** Request-scoped: created per request so cached rows never outlive it. */
export interface MunicipalityLoaders {
  municipalityByCode: DataLoader<string, Municipality | null>
  neighboursByCode: DataLoader<string, Municipality[]>
}

export function createMunicipalityLoaders(dataSource: DataSource): MunicipalityLoaders {
  const municipalities = dataSource.getRepository(Municipality)
  const neighbours = dataSource.getRepository(MunicipalityNeighbour)

  return {
    municipalityByCode: new DataLoader(async (codes) => {
      const rows = await municipalities.findBy({ code: In([...codes]) })
      const byCode = new Map(rows.map((row) => [row.code, row]))
      return codes.map((code) => byCode.get(code) ?? null)
    }),

    neighboursByCode: new DataLoader(async (codes) => {
      // One query for the whole batch: adjacency rows joined to the neighbouring municipality.
      const rows = await neighbours.find({
        where: { municipalityCode: In([...codes]) },
        relations: { neighbour: true },
        order: { municipalityCode: 'ASC', neighbourCode: 'ASC' },
      })
      const byCode = new Map<string, Municipality[]>(codes.map((code) => [code, []]))
      for (const row of rows) {
        if (row.neighbour) byCode.get(row.municipalityCode)?.push(row.neighbour)
      }
      return codes.map((code) => byCode.get(code) ?? [])
    }),
  }
}
