import { NextResponse, type NextRequest } from 'next/server'

// Payload picks the admin language from the `payload-lng` cookie, then the browser's
// Accept-Language. This is a Dutch programme: everyone starts in Dutch, and an editor who
// chooses English in their account settings gets a cookie that this leaves alone.
const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_LANGUAGE = 'nl'

/**
 * The admin's Content-Security-Policy. Scripts run only with this request's nonce, which Next
 * reads from the request's CSP header and puts on its own scripts; what those load is trusted
 * through 'strict-dynamic'. Styles need 'unsafe-inline': Payload and React set `style`
 * attributes, which a nonce cannot cover (and a nonce would make browsers ignore
 * 'unsafe-inline'). `next dev` evaluates code for its overlay and hot reload: 'unsafe-eval' there
 * only.
 */
function adminContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // blob: previews of files chosen for upload; data: Payload's inline icons.
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID())
  // NODE_ENV is set by Next itself (development under `next dev`), not an operator setting.
  const policy = adminContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development')
  const setLanguage = !request.cookies.has(LANGUAGE_COOKIE)
  if (setLanguage) request.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE)
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  if (setLanguage) {
    response.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE, {
      path: '/',
      sameSite: 'lax',
      maxAge: 60 * 60 * 24 * 365,
    })
  }
  return response
}

export const config = {
  matcher: ['/admin/:path*', '/admin'],
}
