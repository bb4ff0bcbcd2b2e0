import { Directive, Field, Int, ObjectType } from 'type-graphql'
import { PUBLIC_CACHE } from '../common/cache-hints'
import { Check, Column, Entity, PrimaryColumn } from 'typeorm'

export const SYNTHETIC_DESCRIPTION =
  'True while the responses of this edition are synthetic demo data generated to reproduce the ' +
  'published national figures; they are not what any municipality answered. Importing real ' +
  'responses for the edition replaces them and sets this to false.'

@Directive(PUBLIC_CACHE)
@ObjectType({
  description: 'One yearly peiling (survey of municipal officials) by VNG and Movisie.',
})
@Entity({ name: 'survey_edition' })
@Check('CHK_survey_edition_year', `"year" BETWEEN 2000 AND 2999`)
@Check('CHK_survey_edition_municipality_count', `"municipality_count" > 0`)
export class SurveyEdition {
  @Field(() => Int)
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_survey_edition' })
  year!: number

  @Field(() => String)
  @Column({ name: 'title_nl', type: 'text' })
  titleNl!: string

  @Field(() => String)
  @Column({ name: 'title_en', type: 'text' })
  titleEn!: string

  @Field(() => Boolean, { description: SYNTHETIC_DESCRIPTION })
  @Column({ type: 'boolean' })
  synthetic!: boolean

  @Field(() => Int, {
    description: 'Municipalities in the Netherlands when the survey ran, all of them invited.',
  })
  @Column({ name: 'municipality_count', type: 'integer' })
  municipalityCount!: number
}
