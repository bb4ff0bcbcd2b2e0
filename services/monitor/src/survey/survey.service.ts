import type { Readable } from 'node:stream'
import type { DataSource } from 'typeorm'
import { type Actor, actsForMunicipality, isAdmin } from '../auth/actor'
import { AuthError, AuthErrorReason } from '../auth/auth.errors'
import { type Connection, decodeCursor, toConnection } from '../common/connection'
import { pageByIntegerKey } from '../common/keyset-page'
import type { RequestContext } from '../context'
import type { Municipality } from '../municipality/municipality.entity'
import { type AnswerRow, responseKey } from './survey.loaders'
import { SurveyError, SurveyErrorReason } from './survey.errors'
import { SurveyEdition } from './survey-edition.entity'
import { type SurveyImportResult, SurveyImporter } from './survey-import.service'
import type { SurveyOption } from './survey-option.entity'
import { SurveyQuestion } from './survey-question.entity'
import type { SurveyResponse } from './survey-response.entity'

export interface PageQuery {
  first: number
  after?: string | null
}

export interface SurveyQuestionListQuery extends PageQuery {
  edition?: number | null
}

/**
 * The peiling: the questionnaire (public), per-municipality responses (confidential: the
 * municipality's own officials and admins only) and the CSV import (admins).
 */
export class SurveyService {
  private readonly importer: SurveyImporter

  constructor(private readonly dataSource: DataSource) {
    this.importer = new SurveyImporter(dataSource)
  }

  findEdition(ctx: RequestContext, year: number): Promise<SurveyEdition | null> {
    return ctx.loaders.surveyEditionByYear.load(year)
  }

  findQuestion(ctx: RequestContext, code: string): Promise<SurveyQuestion | null> {
    return ctx.loaders.surveyQuestionByCode.load(code)
  }

  respondentCount(ctx: RequestContext, edition: Pick<SurveyEdition, 'year'>): Promise<number> {
    return ctx.loaders.surveyRespondentCountByEdition.load(edition.year)
  }

  questionsOf(
    ctx: RequestContext,
    edition: Pick<SurveyEdition, 'year'>,
  ): Promise<SurveyQuestion[]> {
    return ctx.loaders.surveyQuestionsByEdition.load(edition.year)
  }

  optionsOf(ctx: RequestContext, question: Pick<SurveyQuestion, 'code'>): Promise<SurveyOption[]> {
    return ctx.loaders.surveyOptionsByQuestion.load(question.code)
  }

  editionsOf(ctx: RequestContext, question: Pick<SurveyQuestion, 'code'>): Promise<number[]> {
    return ctx.loaders.surveyEditionsByQuestion.load(question.code)
  }

  /** Editions oldest first; the cursor holds the year. */
  listEditions(_ctx: RequestContext, query: PageQuery): Promise<Connection<SurveyEdition>> {
    const after = query.after == null ? null : decodeNumber(query.after, 'surveyEditions')
    const all = () => this.dataSource.getRepository(SurveyEdition).createQueryBuilder('e')
    return pageByIntegerKey(all(), all(), 'e.year', after, query.first, (edition) => edition.year)
  }

  /** Questions in questionnaire order, optionally only those one edition asked. */
  listQuestions(
    _ctx: RequestContext,
    query: SurveyQuestionListQuery,
  ): Promise<Connection<SurveyQuestion>> {
    const after = query.after == null ? null : decodeNumber(query.after, 'surveyQuestions')
    const filtered = () => {
      const builder = this.dataSource.getRepository(SurveyQuestion).createQueryBuilder('q')
      if (query.edition != null) {
        builder.andWhere(
          `EXISTS (SELECT 1 FROM "survey_edition_question" eq
                   WHERE eq."question_code" = q."code" AND eq."edition_year" = :edition)`,
          { edition: query.edition },
        )
      }
      return builder
    }
    return pageByIntegerKey(
      filtered(),
      filtered(),
      'q.position',
      after,
      query.first,
      (question) => question.position,
    )
  }

  /** Years the municipality responded in. Public: that it took part, never what it answered. */
  participationOf(
    ctx: RequestContext,
    municipality: Pick<Municipality, 'code'>,
  ): Promise<number[]> {
    return ctx.loaders.surveyParticipationByMunicipality.load(municipality.code)
  }

  /** The municipality's response to one edition, or null when it did not respond. */
  async responseOf(
    ctx: RequestContext,
    municipality: Pick<Municipality, 'code'>,
    edition: number,
  ): Promise<SurveyResponse | null> {
    assertActsFor(ctx.actor, municipality.code)
    return ctx.loaders.surveyResponseByKey.load(responseKey(edition, municipality.code))
  }

  /** The municipality's responses, oldest edition first; the cursor holds the year. */
  async responsesOf(
    ctx: RequestContext,
    municipality: Pick<Municipality, 'code'>,
    query: PageQuery,
  ): Promise<Connection<SurveyResponse>> {
    assertActsFor(ctx.actor, municipality.code)
    const after = query.after == null ? null : decodeNumber(query.after, 'surveyResponses')
    // At most one response per edition: the whole list is small, and one loader batch serves
    // every municipality of a page.
    const all = await ctx.loaders.surveyResponsesByMunicipality.load(municipality.code)
    const rest = after === null ? all : all.filter((response) => response.editionYear > after)
    return toConnection(rest.slice(0, query.first + 1), {
      first: query.first,
      totalCount: all.length,
      hasPreviousPage: rest.length < all.length,
      keyOf: (response) => String(response.editionYear),
    })
  }

  /** Answers of a response the caller could already read (it came from responseOf/responsesOf). */
  answersOf(ctx: RequestContext, response: SurveyResponse): Promise<AnswerRow[]> {
    return ctx.loaders.surveyAnswersByResponse.load(
      responseKey(response.editionYear, response.municipalityCode),
    )
  }

  async optionsOfAnswer(ctx: RequestContext, answer: AnswerRow): Promise<SurveyOption[]> {
    const options = await ctx.loaders.surveyOptionsByQuestion.load(answer.questionCode)
    return options.filter((option) => answer.optionCodes.includes(option.code))
  }

  /** Admins only; see SurveyImporter for the transaction and idempotency rules. */
  importResponses(
    actor: Actor,
    input: { edition: number; csv: string | Readable },
  ): Promise<SurveyImportResult> {
    if (!isAdmin(actor)) {
      throw new AuthError(AuthErrorReason.RoleNotAllowed, 'Only admins can import survey responses')
    }
    return this.importer.importCsv(input.edition, input.csv)
  }
}

function assertActsFor(actor: Actor, municipalityCode: string): void {
  if (!actsForMunicipality(actor, municipalityCode)) {
    throw new AuthError(
      AuthErrorReason.OtherMunicipality,
      `Survey responses of ${municipalityCode} are confidential to its own officials`,
    )
  }
}

function decodeNumber(cursor: string, field: string): number {
  const key = decodeCursor(cursor)
  if (key === null || !/^\d{1,9}$/.test(key)) {
    throw new SurveyError(
      SurveyErrorReason.InvalidCursor,
      `after is not a cursor returned by ${field}; pass an edge cursor or pageInfo.endCursor`,
    )
  }
  return Number(key)
}
