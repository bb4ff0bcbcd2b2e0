import { withPayload } from '@payloadcms/next/withPayload'

// Headers every response gets (docs/cms.md, "Security headers"). The admin's Content-Security-
// Policy carries a nonce per request and is set in src/proxy.ts; the API's is static.
const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Admin URLs name documents and ids; nothing of them goes to another site.
  { key: 'Referrer-Policy', value: 'same-origin' },
  // For browsers without CSP frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

// JSON and uploaded files: no script, style or frame may run in their origin, even if a file
// were opened as a page.
const apiPolicy = [
  "default-src 'none'",
  "img-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  headers: async () => [
    { source: '/:path*', headers: everywhere },
    { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiPolicy }] },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
