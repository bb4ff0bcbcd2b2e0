import { Directive, Field, Int, ObjectType } from 'type-graphql'
import { PUBLIC_CACHE } from '../common/cache-hints'
import { Check, Column, Entity, PrimaryColumn } from 'typeorm'

@Directive('@key(fields: "number")')
@Directive(PUBLIC_CACHE)
@ObjectType({
  description:
    'An article of the UN Convention on the Rights of Persons with Disabilities (VN-verdrag Handicap) that concerns municipalities.',
})
@Entity({ name: 'crpd_article' })
@Check('CHK_crpd_article_number', `"number" BETWEEN 1 AND 50`)
export class CrpdArticle {
  @Field(() => Int, { description: 'Article number in the convention, e.g. 27 (work).' })
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_crpd_article' })
  number!: number

  @Field(() => String, { description: 'Official English title.' })
  @Column({ name: 'title_en', type: 'text' })
  titleEn!: string

  @Field(() => String, { description: 'Official Dutch title.' })
  @Column({ name: 'title_nl', type: 'text' })
  titleNl!: string
}
