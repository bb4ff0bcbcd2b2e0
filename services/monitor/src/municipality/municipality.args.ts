import { IsEnum, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator'
import { ArgsType, Field, InputType } from 'type-graphql'
import { ForwardPaginationArgs } from '../common/connection'
import { MUNICIPALITY_CODE_FORMAT, MUNICIPALITY_CODE_PATTERN } from './municipality.entity'
import { SizeClass, SizeClassGraphQL } from './size-class'

@ArgsType()
export class MunicipalityArgs {
  @Field(() => String, { description: `CBS code: ${MUNICIPALITY_CODE_FORMAT}.` })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: `code must be ${MUNICIPALITY_CODE_FORMAT}` })
  code!: string
}

@InputType({ description: 'All given conditions must hold.' })
export class MunicipalityFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Exact province name, e.g. "Noord-Holland".',
  })
  @IsOptional()
  @MaxLength(100)
  province?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive substring of the municipality name.',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null

  @Field(() => SizeClassGraphQL, {
    nullable: true,
    description: 'Only municipalities in this size class.',
  })
  @IsOptional()
  @IsEnum(SizeClass)
  sizeClass?: SizeClass | null
}

@ArgsType()
export class MunicipalitiesArgs extends ForwardPaginationArgs {
  @Field(() => MunicipalityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: MunicipalityFilter | null
}
