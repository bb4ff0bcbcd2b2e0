import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The municipality registry is read with fs from the path Node resolves for
  // @idm/reference/municipalities-nl.csv; bundling the package would break that resolution.
  serverExternalPackages: ['@idm/reference'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
