import { IsOptional, Matches, MaxLength, Min, ValidateNested } from 'class-validator'
import { ArgsType, Field, InputType, Int } from 'type-graphql'
import { ForwardPaginationArgs } from '../common/connection'
import { LIFE_DOMAIN_SLUG_PATTERN } from './life-domain.entity'

export const LIFE_DOMAIN_SLUG_FORMAT = 'a life-domain slug such as "werk-en-inkomen"'

@ArgsType()
export class LifeDomainArgs {
  @Field(() => String, { description: 'The stable slug, e.g. "werk-en-inkomen".' })
  @MaxLength(64)
  @Matches(LIFE_DOMAIN_SLUG_PATTERN, { message: `slug must be ${LIFE_DOMAIN_SLUG_FORMAT}` })
  slug!: string
}

@ArgsType()
export class LifeDomainsArgs extends ForwardPaginationArgs {}

@ArgsType()
export class CrpdArticleArgs {
  @Field(() => Int, { description: 'Article number in the convention, e.g. 27.' })
  @Min(1, { message: 'number must be a positive article number' })
  number!: number
}

@InputType({ description: 'All given conditions must hold.' })
export class CrpdArticleFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only articles touching this life domain (slug).',
  })
  @IsOptional()
  @MaxLength(64)
  @Matches(LIFE_DOMAIN_SLUG_PATTERN, { message: `lifeDomain must be ${LIFE_DOMAIN_SLUG_FORMAT}` })
  lifeDomain?: string | null
}

@ArgsType()
export class CrpdArticlesArgs extends ForwardPaginationArgs {
  @Field(() => CrpdArticleFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CrpdArticleFilter | null
}
