import { describeStorageTiers } from './storageTierScenarios'

// Local disk under the test's DATA_DIR (the default when no S3 bucket is configured).
describeStorageTiers('local', async () => ({ env: {}, stop: async () => {} }))
