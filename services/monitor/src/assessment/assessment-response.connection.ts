import { Directive, ObjectType } from 'type-graphql'
import { NO_CACHE } from '../common/cache-hints'
import { ConnectionType } from '../common/connection'
import { AssessmentResponse } from './assessment-response.entity'

@Directive(NO_CACHE)
@ObjectType({
  description:
    'A measurement’s responses with their comments, oldest first. Private, never cached.',
})
export class AssessmentResponseConnection extends ConnectionType(AssessmentResponse) {}
