import { Directive, Field, ObjectType } from 'type-graphql'
import { PUBLIC_CACHE } from '../common/cache-hints'
import { Check, Column, Entity, PrimaryColumn } from 'typeorm'

/** Slugs of @idm/reference/life-domains.json: lower-case words joined by hyphens. */
export const LIFE_DOMAIN_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

@ObjectType({
  description:
    'A life domain (levensdomein) VNG groups the convention by; from @idm/reference/life-domains.json.',
})
@Directive('@key(fields: "slug")')
@Directive(PUBLIC_CACHE)
@Entity({ name: 'life_domain' })
@Check('CHK_life_domain_slug', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class LifeDomain {
  @Field(() => String, { description: 'Stable identifier, e.g. "werk-en-inkomen".' })
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_life_domain' })
  slug!: string

  @Field(() => String, { description: 'Dutch name, e.g. "Werk en inkomen".' })
  @Column({ name: 'name_nl', type: 'text' })
  nameNl!: string

  @Field(() => String, { description: 'English name, e.g. "Work and income".' })
  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string

  /** Order of the reference file, which the CMS uses for its options too. */
  @Column({ type: 'integer' })
  position!: number
}
