import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

// The monorepo root: @caunoi/platform lives outside cms/ and is symlinked into node_modules.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // No X-Powered-By: it only tells a scanner which framework to try. Other headers: src/proxy.ts.
  poweredByHeader: false,
  // The workspace package ships TypeScript source, not built JS.
  transpilePackages: ['@caunoi/platform'],
  // Its index also re-exports the subgraph server and logger; leave those to Node instead of bundling them.
  serverExternalPackages: ['@apollo/server', '@apollo/subgraph', 'pino'],
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  // The CMS has no public site: the root goes to the admin.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
