import { DomainError, ErrorCode } from '../errors/domain-error'

export enum ElectionErrorReason {
  CmsUnavailable = 'CMS_UNAVAILABLE',
  MailUnavailable = 'MAIL_UNAVAILABLE',
  NotConfigured = 'NOT_CONFIGURED',
  EditionNotFound = 'EDITION_NOT_FOUND',
  MunicipalityNotFound = 'MUNICIPALITY_NOT_FOUND',
  SubmissionNotFound = 'SUBMISSION_NOT_FOUND',
  RatingRoundClosed = 'RATING_ROUND_CLOSED',
  VoteRoundClosed = 'VOTE_ROUND_CLOSED',
  NotNominated = 'NOT_NOMINATED',
  AlreadyVoted = 'ALREADY_VOTED',
  ProofInvalid = 'PROOF_INVALID',
  ProofExpired = 'PROOF_EXPIRED',
  ProofReused = 'PROOF_REUSED',
  TooManyFromAddress = 'TOO_MANY_FROM_ADDRESS',
  TooManyFromNetwork = 'TOO_MANY_FROM_NETWORK',
  DailyMailLimit = 'DAILY_MAIL_LIMIT',
  UnknownToken = 'UNKNOWN_TOKEN',
  TokenExpired = 'TOKEN_EXPIRED',
  TokenUsed = 'TOKEN_USED',
  InvalidEmail = 'INVALID_EMAIL',
  UnknownQuestion = 'UNKNOWN_QUESTION',
  MissingAnswer = 'MISSING_ANSWER',
  AlreadyVoided = 'ALREADY_VOIDED',
  InvalidCursor = 'INVALID_CURSOR',
  ResultsNotPublic = 'RESULTS_NOT_PUBLIC',
}

const CODES: Readonly<Record<ElectionErrorReason, ErrorCode>> = {
  [ElectionErrorReason.CmsUnavailable]: ErrorCode.ElectionUnavailable,
  [ElectionErrorReason.MailUnavailable]: ErrorCode.ElectionUnavailable,
  [ElectionErrorReason.NotConfigured]: ErrorCode.ElectionUnavailable,
  [ElectionErrorReason.EditionNotFound]: ErrorCode.NotFound,
  [ElectionErrorReason.MunicipalityNotFound]: ErrorCode.MunicipalityNotFound,
  [ElectionErrorReason.SubmissionNotFound]: ErrorCode.NotFound,
  [ElectionErrorReason.RatingRoundClosed]: ErrorCode.RoundClosed,
  [ElectionErrorReason.VoteRoundClosed]: ErrorCode.RoundClosed,
  [ElectionErrorReason.NotNominated]: ErrorCode.NotNominated,
  [ElectionErrorReason.AlreadyVoted]: ErrorCode.AlreadyVoted,
  [ElectionErrorReason.ProofInvalid]: ErrorCode.ProofRejected,
  [ElectionErrorReason.ProofExpired]: ErrorCode.ProofRejected,
  [ElectionErrorReason.ProofReused]: ErrorCode.ProofRejected,
  [ElectionErrorReason.TooManyFromAddress]: ErrorCode.RateLimited,
  [ElectionErrorReason.TooManyFromNetwork]: ErrorCode.RateLimited,
  [ElectionErrorReason.DailyMailLimit]: ErrorCode.RateLimited,
  [ElectionErrorReason.UnknownToken]: ErrorCode.TokenInvalid,
  [ElectionErrorReason.TokenExpired]: ErrorCode.TokenExpired,
  [ElectionErrorReason.TokenUsed]: ErrorCode.TokenUsed,
  [ElectionErrorReason.InvalidEmail]: ErrorCode.BadUserInput,
  [ElectionErrorReason.UnknownQuestion]: ErrorCode.BadUserInput,
  [ElectionErrorReason.MissingAnswer]: ErrorCode.BadUserInput,
  [ElectionErrorReason.AlreadyVoided]: ErrorCode.BadUserInput,
  [ElectionErrorReason.InvalidCursor]: ErrorCode.BadUserInput,
  [ElectionErrorReason.ResultsNotPublic]: ErrorCode.Forbidden,
}

/** Failures of the election (ratings, votes, confirmations); the reason decides the code. */
export class ElectionError extends DomainError {
  readonly code: ErrorCode

  constructor(
    readonly reason: ElectionErrorReason,
    message: string,
  ) {
    super(message)
    this.code = CODES[reason]
  }
}
