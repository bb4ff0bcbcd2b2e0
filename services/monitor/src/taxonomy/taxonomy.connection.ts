import { Directive, ObjectType } from 'type-graphql'
import { PUBLIC_CACHE } from '../common/cache-hints'
import { ConnectionType } from '../common/connection'
import { CrpdArticle } from './crpd-article.entity'
import { LifeDomain } from './life-domain.entity'

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'Life domains in the order of the reference file.' })
export class LifeDomainConnection extends ConnectionType(LifeDomain) {}

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'CRPD articles ordered by number.' })
export class CrpdArticleConnection extends ConnectionType(CrpdArticle) {}
