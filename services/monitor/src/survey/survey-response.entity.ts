import { Directive, Field, Int, ObjectType } from 'type-graphql'
import { NO_CACHE } from '../common/cache-hints'
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { Municipality } from '../municipality/municipality.entity'
import { SurveyEdition } from './survey-edition.entity'

@Directive(NO_CACHE)
@ObjectType({
  description:
    "One municipality's answers to one edition. Confidential: only that municipality's " +
    'officials and admins can read it.',
})
@Entity({ name: 'survey_response' })
@Index('IDX_survey_response_municipality_code', ['municipalityCode', 'editionYear'])
export class SurveyResponse {
  @Field(() => Int, { name: 'edition', description: 'Year of the edition.' })
  @PrimaryColumn({
    name: 'edition_year',
    type: 'integer',
    primaryKeyConstraintName: 'PK_survey_response',
  })
  editionYear!: number

  @PrimaryColumn({
    name: 'municipality_code',
    type: 'varchar',
    length: 6,
    primaryKeyConstraintName: 'PK_survey_response',
  })
  municipalityCode!: string

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date

  @ManyToOne(() => SurveyEdition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_year', foreignKeyConstraintName: 'FK_survey_response_edition' })
  edition?: SurveyEdition

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_code',
    foreignKeyConstraintName: 'FK_survey_response_municipality',
  })
  municipality?: Municipality
}
