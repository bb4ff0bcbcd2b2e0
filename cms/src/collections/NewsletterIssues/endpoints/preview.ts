import { type Endpoint, Forbidden, NotFound } from 'payload'
import { hasRole } from '../../Users/roles'
import { loadIssueContent } from '../../../newsletter/issueContent'
import { issueMail } from '../../../newsletter/mails'
import { gatewayPublicUrl, unsubscribeUrl } from '../../../newsletter/tokens'

/**
 * GET /api/newsletter-issues/:id/preview (?format=text): the issue's mail exactly as subscribers
 * get it, with a sample unsubscribe link. Editors and admins only.
 */
export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) throw new Forbidden(req.t)
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id)) throw new NotFound(req.t)
    const issue = await req.payload.findByID({
      collection: 'newsletter-issues',
      id,
      depth: 0,
      req,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!issue) throw new NotFound(req.t)
    const publicUrl = gatewayPublicUrl(req.payload)
    const mail = issueMail(
      await loadIssueContent(req.payload, issue, publicUrl),
      unsubscribeUrl(publicUrl, 'voorbeeld-afmeldlink-in-het-voorbeeld'),
    )
    const asText = new URL(req.url ?? 'http://localhost').searchParams.get('format') === 'text'
    return new Response(asText ? mail.text : mail.html, {
      status: 200,
      headers: {
        'content-type': `${asText ? 'text/plain' : 'text/html'}; charset=utf-8`,
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      },
    })
  },
}
