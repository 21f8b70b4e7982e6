/** `npm run build`: the production Next.js build. It reads no database: every site page renders on first request. */
import { spawn } from 'node:child_process'

const child = spawn('next', ['build'], {
  env: { ...process.env, NODE_OPTIONS: '--no-deprecation', PRISM_ALLOW_GENERATED_SECRET: '1' },
  stdio: 'inherit',
})
child.on('exit', (code) => process.exit(code ?? 1))
