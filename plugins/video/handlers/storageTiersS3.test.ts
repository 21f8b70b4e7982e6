import { startS3rver } from '@/tests/helpers/s3rver'
import { describeStorageTiers } from './storageTierScenarios'

// An in-process s3rver, configured through S3_* before anything calls `getStorage()`.
describeStorageTiers('s3', () => startS3rver({ bucket: 'prism-delivery' }))
