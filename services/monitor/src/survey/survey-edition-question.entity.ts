import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { SurveyEdition } from './survey-edition.entity'
import { SurveyQuestion } from './survey-question.entity'

/** Which edition asked which question, in questionnaire order. */
@Entity({ name: 'survey_edition_question' })
export class SurveyEditionQuestion {
  @PrimaryColumn({
    name: 'edition_year',
    type: 'integer',
    primaryKeyConstraintName: 'PK_survey_edition_question',
  })
  editionYear!: number

  @Index('IDX_survey_edition_question_question_code')
  @PrimaryColumn({
    name: 'question_code',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_survey_edition_question',
  })
  questionCode!: string

  @Column({ type: 'integer' })
  position!: number

  @ManyToOne(() => SurveyEdition, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'edition_year',
    foreignKeyConstraintName: 'FK_survey_edition_question_edition',
  })
  edition?: SurveyEdition

  @ManyToOne(() => SurveyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'question_code',
    foreignKeyConstraintName: 'FK_survey_edition_question_question',
  })
  question?: SurveyQuestion
}
