import { MaxLength, Max, Min } from 'class-validator'
import { Field, InputType, Int, ObjectType } from 'type-graphql'

/**
 * Every municipality answering every question takes about 60 kB; the bound stays below the 1 MiB
 * request body limit of the monitor and the gateway, so the caller gets a clear message instead.
 */
export const MAX_IMPORT_CSV_LENGTH = 900_000

@InputType()
export class ImportSurveyResponsesInput {
  @Field(() => Int, { description: 'Year of the edition the responses belong to.' })
  @Min(2000, { message: 'edition must be a year between 2000 and 2999' })
  @Max(2999, { message: 'edition must be a year between 2000 and 2999' })
  edition!: number

  @Field(() => String, {
    description:
      'The CSV text: a header row with municipality_code and question codes, then one row per ' +
      'municipality; several choices separated by "|" (see docs/survey.md).',
  })
  @MaxLength(MAX_IMPORT_CSV_LENGTH, {
    message: `csv must be at most ${MAX_IMPORT_CSV_LENGTH} characters`,
  })
  csv!: string
}

@ObjectType({
  description: 'What an import changed; importing the same file again changes nothing.',
})
export class SurveyImportResult {
  @Field(() => Int)
  edition!: number

  @Field(() => Int, { description: 'Data rows in the file.' })
  rows!: number

  @Field(() => Int, { description: 'Responses that did not exist yet.' })
  inserted!: number

  @Field(() => Int, { description: 'Responses whose answers changed.' })
  updated!: number

  @Field(() => Int, { description: 'Responses that already had exactly these answers.' })
  unchanged!: number

  @Field(() => Int, {
    description:
      'Synthetic demo responses removed: the first import into a demo edition replaces them all.',
  })
  syntheticRemoved!: number
}
