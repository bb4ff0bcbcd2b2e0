import { Directive, Field, ID, Int, ObjectType } from 'type-graphql'
import { NO_CACHE } from '../common/cache-hints'
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { LifeDomain } from '../taxonomy/life-domain.entity'
import { Measurement } from './measurement.entity'
import { Perspective } from './perspective'

export const MAX_COMMENT_LENGTH = 2000

/**
 * One answer: a score for one topic from one perspective. Comments may hold personal data: they
 * are read back only by the municipality's own officials and admins, and never cached.
 */
@Directive(NO_CACHE)
@ObjectType({
  description:
    'One response to a measurement. Private: the municipality’s own officials and admins only; never cached.',
})
@Entity({ name: 'assessment_response' })
@Check('CHK_assessment_response_score', `"score" BETWEEN 1 AND 10`)
@Check(
  'CHK_assessment_response_perspective',
  `"perspective" IN ('COLLEAGUES', 'ADMINISTRATORS', 'RESIDENTS')`,
)
@Check('CHK_assessment_response_comment', `char_length("comment") <= ${MAX_COMMENT_LENGTH}`)
@Index('IDX_assessment_response_measurement_cell', ['measurementId', 'topic', 'perspective'])
export class AssessmentResponse {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_assessment_response' })
  id!: string

  @Field(() => ID)
  @Column({ name: 'measurement_id', type: 'uuid' })
  measurementId!: string

  @ManyToOne(() => Measurement, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'measurement_id',
    foreignKeyConstraintName: 'FK_assessment_response_measurement',
  })
  measurement?: Measurement

  @Field(() => Perspective)
  @Column({ type: 'varchar', length: 16 })
  perspective!: Perspective

  @Field(() => String, { description: 'Life-domain slug.' })
  @Index('IDX_assessment_response_topic')
  @Column({ type: 'varchar', length: 64 })
  topic!: string

  @ManyToOne(() => LifeDomain)
  @JoinColumn({ name: 'topic', foreignKeyConstraintName: 'FK_assessment_response_topic' })
  lifeDomain?: LifeDomain

  @Field(() => Int, { description: '1 (poor) to 10 (excellent).' })
  @Column({ type: 'smallint' })
  score!: number

  @Field(() => String, {
    nullable: true,
    description: 'Free text (≤ 2,000 characters); may hold personal data, never public.',
  })
  @Column({ type: 'text', nullable: true })
  comment!: string | null

  /** The CMS user id of whoever entered it. */
  @Column({ name: 'submitted_by', type: 'varchar', length: 64, nullable: true })
  submittedBy!: string | null

  @Field(() => Date)
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date
}
