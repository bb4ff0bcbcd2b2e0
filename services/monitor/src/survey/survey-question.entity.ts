import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql'
import { PUBLIC_CACHE } from '../common/cache-hints'
import { Check, Column, Entity, PrimaryColumn } from 'typeorm'
import { SurveyQuestionKind } from './survey-questionnaire'

registerEnumType(SurveyQuestionKind, {
  name: 'SurveyQuestionKind',
  valuesConfig: {
    SINGLE_CHOICE: { description: 'Exactly one option per answer.' },
    MULTIPLE_CHOICE: { description: 'One or more options per answer.' },
  },
})

/** Question and option codes: upper case, digits and underscores. */
export const SURVEY_CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/

@Directive(PUBLIC_CACHE)
@ObjectType({
  description: 'A question of the peiling; its code stays the same in every edition that asks it.',
})
@Entity({ name: 'survey_question' })
@Check('CHK_survey_question_code', `"code" ~ '^[A-Z][A-Z0-9_]*$'`)
@Check('CHK_survey_question_kind', `"kind" IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')`)
export class SurveyQuestion {
  @Field(() => String, { description: 'Stable across editions, e.g. LIA_STATUS.' })
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_survey_question' })
  code!: string

  @Field(() => String)
  @Column({ name: 'text_nl', type: 'text' })
  textNl!: string

  @Field(() => String)
  @Column({ name: 'text_en', type: 'text' })
  textEn!: string

  @Field(() => SurveyQuestionKind)
  @Column({ type: 'varchar', length: 16 })
  kind!: SurveyQuestionKind

  @Column({ type: 'integer' })
  position!: number
}
