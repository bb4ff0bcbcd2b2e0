import { Directive, Field, ID, ObjectType } from 'type-graphql'
import { NO_CACHE } from '../common/cache-hints'
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { Municipality } from '../municipality/municipality.entity'
import { MeasurementStatus, Perspective } from './perspective'

export const MAX_TITLE_LENGTH = 200

/**
 * One self-assessment round of a municipality: chosen perspectives × topics (life domains).
 * Private to the municipality's officials and admins until published.
 */
@Directive(NO_CACHE)
@ObjectType({
  description:
    'A self-assessment (Monitor VN-verdrag Handicap) of one municipality. Visible to its own officials and admins only.',
})
@Entity({ name: 'measurement' })
@Check('CHK_measurement_status', `"status" IN ('OPEN', 'CLOSED', 'PUBLISHED')`)
@Check('CHK_measurement_perspectives', `cardinality("perspectives") > 0`)
@Check('CHK_measurement_topics', `cardinality("topics") > 0`)
@Check('CHK_measurement_closed_at', `"status" = 'OPEN' OR "closed_at" IS NOT NULL`)
@Check('CHK_measurement_published_at', `"status" <> 'PUBLISHED' OR "published_at" IS NOT NULL`)
// Descending and partial indexes; TypeORM cannot describe them, the migration owns them.
@Index('IDX_measurement_municipality_started', { synchronize: false })
@Index('IDX_measurement_published_latest', { synchronize: false })
export class Measurement {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_measurement' })
  id!: string

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_code',
    foreignKeyConstraintName: 'FK_measurement_municipality',
  })
  municipality?: Municipality

  @Field(() => String)
  @Column({ type: 'varchar', length: MAX_TITLE_LENGTH })
  title!: string

  @Field(() => MeasurementStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: MeasurementStatus

  @Field(() => [Perspective], { description: 'The perspectives this measurement asks.' })
  @Column({ type: 'varchar', length: 16, array: true })
  perspectives!: Perspective[]

  /** Life-domain slugs; exposed as `topics: [LifeDomain!]!`. */
  @Column({ name: 'topics', type: 'varchar', length: 64, array: true })
  topicSlugs!: string[]

  @Field(() => Boolean, { description: 'True for generated demo data, not a real assessment.' })
  @Column({ type: 'boolean', default: false })
  synthetic!: boolean

  /** The CMS user id of whoever started it. */
  @Column({ name: 'started_by', type: 'varchar', length: 64, nullable: true })
  startedBy!: string | null

  @Field(() => Date)
  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null
}
