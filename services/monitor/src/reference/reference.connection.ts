import { ObjectType } from 'type-graphql'
import { ConnectionType } from '../common/connection'
import { CrpdArticle } from './crpd-article.entity'
import { LifeDomain } from './life-domain.entity'

@ObjectType({ description: 'Life domains in the order of the reference file.' })
export class LifeDomainConnection extends ConnectionType(LifeDomain) {}

@ObjectType({ description: 'CRPD articles ordered by number.' })
export class CrpdArticleConnection extends ConnectionType(CrpdArticle) {}
