import { DomainError, ErrorCode } from '../errors/domain-error'

export enum SurveyErrorReason {
  InvalidCursor = 'INVALID_CURSOR',
  UnknownEdition = 'UNKNOWN_EDITION',
  /** `anyOf` names a code that is not an option of the question. */
  UnknownOption = 'UNKNOWN_OPTION',
  /** `anyOf` on a single-choice question, whose options exclude each other. */
  NotMultipleChoice = 'NOT_MULTIPLE_CHOICE',
  /** The CSV cannot be read as CSV (e.g. an unclosed quote). */
  InvalidImportFile = 'INVALID_IMPORT_FILE',
  /** The header row names a column the edition does not have, or lacks municipality_code. */
  InvalidImportHeader = 'INVALID_IMPORT_HEADER',
  /** A data row fails validation; the message names the row and the column. */
  InvalidImportRow = 'INVALID_IMPORT_ROW',
}

/** Bad input to the survey API or import; always BAD_USER_INPUT. */
export class SurveyError extends DomainError {
  readonly code = ErrorCode.BadUserInput

  constructor(
    readonly reason: SurveyErrorReason,
    message: string,
  ) {
    super(message)
  }
}

/** A CSV problem located in the file: row 1 is the header row, as in a spreadsheet. */
export class SurveyImportError extends SurveyError {
  constructor(
    reason:
      | SurveyErrorReason.InvalidImportFile
      | SurveyErrorReason.InvalidImportHeader
      | SurveyErrorReason.InvalidImportRow,
    readonly row: number | null,
    readonly column: string | null,
    problem: string,
  ) {
    super(reason, `${locate(row, column)}${problem}`)
  }
}

function locate(row: number | null, column: string | null): string {
  if (row === null) return ''
  return column === null ? `Row ${row}: ` : `Row ${row}, column ${column}: `
}
