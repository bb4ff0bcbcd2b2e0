import { DomainError, ErrorCode } from '../errors/domain-error'

export enum AssessmentErrorReason {
  MunicipalityNotFound = 'MUNICIPALITY_NOT_FOUND',
  MeasurementNotFound = 'MEASUREMENT_NOT_FOUND',
  MeasurementClosed = 'MEASUREMENT_CLOSED',
  MeasurementNotClosed = 'MEASUREMENT_NOT_CLOSED',
  AlreadyPublished = 'ALREADY_PUBLISHED',
  UnknownTopic = 'UNKNOWN_TOPIC',
  NotInMeasurement = 'NOT_IN_MEASUREMENT',
  InvalidCursor = 'INVALID_CURSOR',
}

const CODES: Readonly<Record<AssessmentErrorReason, ErrorCode>> = {
  [AssessmentErrorReason.MunicipalityNotFound]: ErrorCode.MunicipalityNotFound,
  [AssessmentErrorReason.MeasurementNotFound]: ErrorCode.NotFound,
  [AssessmentErrorReason.MeasurementClosed]: ErrorCode.MeasurementClosed,
  [AssessmentErrorReason.MeasurementNotClosed]: ErrorCode.BadUserInput,
  [AssessmentErrorReason.AlreadyPublished]: ErrorCode.BadUserInput,
  [AssessmentErrorReason.UnknownTopic]: ErrorCode.BadUserInput,
  [AssessmentErrorReason.NotInMeasurement]: ErrorCode.BadUserInput,
  [AssessmentErrorReason.InvalidCursor]: ErrorCode.BadUserInput,
}

/** Failures of the self-assessment; the reason decides the code. */
export class AssessmentError extends DomainError {
  readonly code: ErrorCode

  constructor(
    readonly reason: AssessmentErrorReason,
    message: string,
  ) {
    super(message)
    this.code = CODES[reason]
  }
}
