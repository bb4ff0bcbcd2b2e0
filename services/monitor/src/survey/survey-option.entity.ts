import { Directive, Field, ObjectType } from 'type-graphql'
import { PUBLIC_CACHE } from '../common/cache-hints'
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { SurveyQuestion } from './survey-question.entity'

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'An answer option; its code is stable across editions.' })
@Entity({ name: 'survey_option' })
@Check('CHK_survey_option_code', `"code" ~ '^[A-Z][A-Z0-9_]*$'`)
export class SurveyOption {
  @PrimaryColumn({
    name: 'question_code',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_survey_option',
  })
  questionCode!: string

  @Field(() => String, { description: 'Unique within its question, e.g. IN_EXECUTION.' })
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_survey_option' })
  code!: string

  @Field(() => String)
  @Column({ name: 'label_nl', type: 'text' })
  labelNl!: string

  @Field(() => String)
  @Column({ name: 'label_en', type: 'text' })
  labelEn!: string

  @Column({ type: 'integer' })
  position!: number

  @ManyToOne(() => SurveyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_code', foreignKeyConstraintName: 'FK_survey_option_question' })
  question?: SurveyQuestion
}
