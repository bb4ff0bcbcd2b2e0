import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator'
import { Field, ID, InputType, Int } from 'type-graphql'
import {
  MUNICIPALITY_CODE_FORMAT,
  MUNICIPALITY_CODE_PATTERN,
} from '../municipality/municipality.entity'
import { LIFE_DOMAIN_SLUG_FORMAT } from '../taxonomy/taxonomy.args'
import { LIFE_DOMAIN_SLUG_PATTERN } from '../taxonomy/life-domain.entity'
import { MAX_COMMENT_LENGTH } from './assessment-response.entity'
import { MAX_TITLE_LENGTH } from './measurement.entity'
import { Perspective } from './perspective'

@InputType()
export class StartMeasurementInput {
  @Field(() => String, { description: `CBS code: ${MUNICIPALITY_CODE_FORMAT}.` })
  @Matches(MUNICIPALITY_CODE_PATTERN, {
    message: `municipalityCode must be ${MUNICIPALITY_CODE_FORMAT}`,
  })
  municipalityCode!: string

  @Field(() => String, { nullable: true, description: 'Defaults to "Zelfevaluatie <date>".' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(MAX_TITLE_LENGTH)
  title?: string | null

  @Field(() => [Perspective])
  @ArrayNotEmpty({ message: 'perspectives must name at least one perspective' })
  @ArrayUnique({ message: 'perspectives must not repeat' })
  @IsEnum(Perspective, { each: true })
  perspectives!: Perspective[]

  @Field(() => [String], { description: 'Life-domain slugs, e.g. ["werk-en-inkomen"].' })
  @ArrayNotEmpty({ message: 'topics must name at least one life domain' })
  @ArrayUnique({ message: 'topics must not repeat' })
  @ArrayMaxSize(50)
  @Matches(LIFE_DOMAIN_SLUG_PATTERN, {
    each: true,
    message: `each topic must be ${LIFE_DOMAIN_SLUG_FORMAT}`,
  })
  topics!: string[]
}

@InputType()
export class SubmitAssessmentResponseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'measurementId must be a measurement id' })
  measurementId!: string

  @Field(() => Perspective)
  perspective!: Perspective

  @Field(() => String, { description: 'Life-domain slug; one of the measurement’s topics.' })
  @Matches(LIFE_DOMAIN_SLUG_PATTERN, { message: `topic must be ${LIFE_DOMAIN_SLUG_FORMAT}` })
  topic!: string

  @Field(() => Int, { description: '1 (poor) to 10 (excellent).' })
  @Min(1, { message: 'score must be an integer from 1 to 10' })
  @Max(10, { message: 'score must be an integer from 1 to 10' })
  score!: number

  @Field(() => String, {
    nullable: true,
    description: `At most ${MAX_COMMENT_LENGTH} characters; never public.`,
  })
  @IsOptional()
  @MaxLength(MAX_COMMENT_LENGTH)
  comment?: string | null
}

@InputType()
export class CloseMeasurementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'measurementId must be a measurement id' })
  measurementId!: string
}

@InputType()
export class PublishMeasurementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'measurementId must be a measurement id' })
  measurementId!: string
}
