import { createRequire } from 'node:module'
import path from 'node:path'

type Tfjs = typeof import('@tensorflow/tfjs')

let ready: Promise<Tfjs> | undefined

/**
 * tfjs on its wasm backend, set up once per process. `@tensorflow/tfjs-node` cannot be installed
 * here (it downloads at install time), and the wasm binaries ship inside the npm package, so
 * nothing is fetched at run time.
 */
export function tfjsWasm(): Promise<Tfjs> {
  ready ??= init().catch((error: unknown) => {
    // A failed start is not cached: the next caller tries again instead of failing forever.
    ready = undefined
    throw error
  })
  return ready
}

async function init(): Promise<Tfjs> {
  const tf = await import('@tensorflow/tfjs')
  const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm')
  // The package's main file sits in dist/ beside the .wasm binaries; Node's emscripten loader reads
  // a plain folder path from disk.
  const main = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm')
  setWasmPaths(path.dirname(main) + path.sep)
  // setBackend reports a failed start as `false` (with a console warning), not as an exception.
  if (!(await tf.setBackend('wasm'))) throw new Error('the tfjs wasm backend did not start')
  return tf
}
