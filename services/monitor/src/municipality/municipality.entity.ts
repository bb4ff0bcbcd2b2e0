import { Directive, Field, Float, Int, ObjectType } from 'type-graphql'
import { PUBLIC_CACHE } from '../common/cache-hints'
import { Check, Column, Entity, Index, PrimaryColumn, type ValueTransformer } from 'typeorm'

/** CBS municipality codes: "GM" followed by four digits. */
export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/
export const MUNICIPALITY_CODE_FORMAT = '"GM" followed by four digits, e.g. GM0363'

// pg returns numeric as a string to avoid precision loss; areas have two decimals, so a number is safe.
const numericAsNumber: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
}

@ObjectType({ description: 'A Dutch municipality (gemeente).' })
@Directive('@key(fields: "code")')
@Directive(PUBLIC_CACHE)
@Entity({ name: 'municipality' })
@Check('CHK_municipality_code', `"code" ~ '^GM[0-9]{4}$'`)
@Check('CHK_municipality_inhabitants', `"inhabitants" >= 0`)
@Check('CHK_municipality_area_km2', `"area_km2" > 0`)
// Expression index on lower(name); TypeORM cannot describe it, the migration owns it.
@Index('IDX_municipality_lower_name', { synchronize: false })
export class Municipality {
  @Field(() => String, { description: `CBS code: ${MUNICIPALITY_CODE_FORMAT}.` })
  @PrimaryColumn({ type: 'varchar', length: 6, primaryKeyConstraintName: 'PK_municipality' })
  code!: string

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string

  @Field(() => String)
  @Index('IDX_municipality_province')
  @Column({ type: 'text' })
  province!: string

  @Field(() => Int)
  @Column({ type: 'integer' })
  inhabitants!: number

  @Field(() => Float, { description: 'Land and water area in square kilometres.' })
  @Column({
    name: 'area_km2',
    type: 'numeric',
    precision: 8,
    scale: 2,
    transformer: numericAsNumber,
  })
  areaKm2!: number

  @Field(() => String, { description: 'The town that is the seat of the municipal council.' })
  @Column({ type: 'text' })
  seat!: string
}
