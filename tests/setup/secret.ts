/** One secret for templates, test files and the browser test's server, so tokens work across them. */
export const TEST_SECRET = 'prism-test-secret-not-for-production'
