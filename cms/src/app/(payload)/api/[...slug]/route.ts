/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
// Not generated: the login routes are rate limited before Payload sees them (docs/cms.md,
// "Login protection"). Payload only writes this file when it is missing; keep this wrapper.
import { withLoginProtection } from '../../../../security/withLoginProtection'
// Not generated either: Payload's 501 for a path without an endpoint becomes 404.
import { answerUnroutedWith404 } from './answerUnroutedWith404'

export const GET = answerUnroutedWith404(REST_GET(config))
export const POST = withLoginProtection(answerUnroutedWith404(REST_POST(config)))
export const DELETE = answerUnroutedWith404(REST_DELETE(config))
export const PATCH = answerUnroutedWith404(REST_PATCH(config))
export const PUT = answerUnroutedWith404(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
