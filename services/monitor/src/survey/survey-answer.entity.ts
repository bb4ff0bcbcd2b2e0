import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { SurveyEditionQuestion } from './survey-edition-question.entity'
import { SurveyOption } from './survey-option.entity'
import { SurveyResponse } from './survey-response.entity'

/** One chosen option of one response; a question without rows was not answered. */
@Entity({ name: 'survey_answer' })
@Index('IDX_survey_answer_question', ['questionCode', 'editionYear'])
export class SurveyAnswerOption {
  @PrimaryColumn({
    name: 'edition_year',
    type: 'integer',
    primaryKeyConstraintName: 'PK_survey_answer',
  })
  editionYear!: number

  @PrimaryColumn({
    name: 'municipality_code',
    type: 'varchar',
    length: 6,
    primaryKeyConstraintName: 'PK_survey_answer',
  })
  municipalityCode!: string

  @PrimaryColumn({
    name: 'question_code',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_survey_answer',
  })
  questionCode!: string

  @PrimaryColumn({
    name: 'option_code',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_survey_answer',
  })
  optionCode!: string

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'edition_year',
      referencedColumnName: 'editionYear',
      foreignKeyConstraintName: 'FK_survey_answer_response',
    },
    { name: 'municipality_code', referencedColumnName: 'municipalityCode' },
  ])
  response?: SurveyResponse

  @ManyToOne(() => SurveyEditionQuestion)
  @JoinColumn([
    {
      name: 'edition_year',
      referencedColumnName: 'editionYear',
      foreignKeyConstraintName: 'FK_survey_answer_edition_question',
    },
    { name: 'question_code', referencedColumnName: 'questionCode' },
  ])
  editionQuestion?: SurveyEditionQuestion

  @ManyToOne(() => SurveyOption)
  @JoinColumn([
    {
      name: 'question_code',
      referencedColumnName: 'questionCode',
      foreignKeyConstraintName: 'FK_survey_answer_option',
    },
    { name: 'option_code', referencedColumnName: 'code' },
  ])
  option?: SurveyOption
}
