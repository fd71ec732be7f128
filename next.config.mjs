// Next.js configuration: security headers and the bundling tfjs, Monaco and the workers need.
import { baselineSecurityHeaders, contentSecurityPolicy } from './lib/security/csp.mjs';

const dev = process.env.NODE_ENV === 'development';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The studio ships no server-side tfjs; keep heavy browser-only packages out of server bundles.
  serverExternalPackages: ['@tensorflow/tfjs-backend-wasm', 'h5wasm'],
  async headers() {
    return [
      { source: '/:path*', headers: [...baselineSecurityHeaders] },
      // Workers take their CSP from their own script response: no nonce there, wasm allowed.
      {
        source: '/_next/static/:path*',
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) }],
      },
    ];
  },
};

export default nextConfig;
