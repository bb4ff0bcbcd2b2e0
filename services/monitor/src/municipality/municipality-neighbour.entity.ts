import { Check, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { Municipality } from './municipality.entity'

/** Symmetric adjacency: a border between A and B is stored as both (A, B) and (B, A). */
@Entity({ name: 'municipality_neighbour' })
@Check('CHK_municipality_neighbour_not_self', `"municipality_code" <> "neighbour_code"`)
export class MunicipalityNeighbour {
  @PrimaryColumn({
    name: 'municipality_code',
    type: 'varchar',
    length: 6,
    primaryKeyConstraintName: 'PK_municipality_neighbour',
  })
  municipalityCode!: string

  @Index('IDX_municipality_neighbour_neighbour_code')
  @PrimaryColumn({
    name: 'neighbour_code',
    type: 'varchar',
    length: 6,
    primaryKeyConstraintName: 'PK_municipality_neighbour',
  })
  neighbourCode!: string

  // Loaded explicitly by the neighbours DataLoader; never eager.
  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_code',
    foreignKeyConstraintName: 'FK_municipality_neighbour_municipality',
  })
  municipality?: Municipality

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'neighbour_code',
    foreignKeyConstraintName: 'FK_municipality_neighbour_neighbour',
  })
  neighbour?: Municipality
}
