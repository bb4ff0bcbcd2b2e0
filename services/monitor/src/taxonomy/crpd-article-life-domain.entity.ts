import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm'
import { CrpdArticle } from './crpd-article.entity'
import { LifeDomain } from './life-domain.entity'

/** Which life domains an article touches (many-to-many), as in @idm/reference/crpd-articles.json. */
@Entity({ name: 'crpd_article_life_domain' })
export class CrpdArticleLifeDomain {
  @PrimaryColumn({
    name: 'article_number',
    type: 'integer',
    primaryKeyConstraintName: 'PK_crpd_article_life_domain',
  })
  articleNumber!: number

  @Index('IDX_crpd_article_life_domain_slug')
  @PrimaryColumn({
    name: 'life_domain_slug',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_crpd_article_life_domain',
  })
  lifeDomainSlug!: string

  // Loaded explicitly by the DataLoaders; never eager.
  @ManyToOne(() => CrpdArticle, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'article_number',
    foreignKeyConstraintName: 'FK_crpd_article_life_domain_article',
  })
  article?: CrpdArticle

  @ManyToOne(() => LifeDomain, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'life_domain_slug',
    foreignKeyConstraintName: 'FK_crpd_article_life_domain_life_domain',
  })
  lifeDomain?: LifeDomain
}
