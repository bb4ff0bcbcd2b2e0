import { NextResponse, type NextRequest } from 'next/server'

// Payload picks the admin language from the `payload-lng` cookie, then the browser's
// Accept-Language. This is a Dutch programme: everyone starts in Dutch, and an editor who
// chooses English in their account settings gets a cookie that this leaves alone.
const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_LANGUAGE = 'nl'

export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE, {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

export const config = {
  matcher: ['/admin/:path*', '/admin'],
}
