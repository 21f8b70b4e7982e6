import sharp from 'sharp'

import { tfjsWasm } from './tfjsWasm'

/** Probability of each nsfwjs class (Drawing, Hentai, Neutral, Porn, Sexy), summing to ~1. */
export type NsfwLabels = Record<string, number>
export type ClassifyFrame = (file: string) => Promise<NsfwLabels>

const SIZE = 224
const CLASS_COUNT = 5

let classifier: Promise<ClassifyFrame> | undefined

/**
 * The MobileNetV2 model shipped inside nsfwjs, loaded once per process on first use (~1 s plus
 * ~1.3 s to import tfjs), so processes that never classify pay nothing.
 */
export function nsfwClassifier(): Promise<ClassifyFrame> {
  classifier ??= load().catch((error: unknown) => {
    classifier = undefined
    throw error
  })
  return classifier
}

async function load(): Promise<ClassifyFrame> {
  const tf = await tfjsWasm()
  // `nsfwjs/core` plus one model definition: the package root would register all three bundled
  // models. The definition imports the model and weights from the package's own files on disk.
  const [{ load: loadNsfwjs }, { MobileNetV2Model }] = await Promise.all([
    import('nsfwjs/core'),
    import('nsfwjs/models/mobilenet_v2'),
  ])
  const model = await loadNsfwjs('MobileNetV2', { modelDefinitions: [MobileNetV2Model] })

  return async (file) => {
    // The model's own input size, stretched rather than cropped (as nsfwjs resizes) so nothing at
    // the frame's edges escapes the check.
    const pixels = await sharp(file)
      .resize(SIZE, SIZE, { fit: 'fill' })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer()
    const image = tf.tensor3d(pixels, [SIZE, SIZE, 3], 'int32')
    try {
      const predictions = await model.classify(image, CLASS_COUNT)
      return Object.fromEntries(predictions.map((p) => [p.className, p.probability]))
    } finally {
      image.dispose()
    }
  }
}
