/** What the global setup hands to every test file through vitest's `provide`/`inject`. */
export type TestDatabases = {
  /** A connection string for creating and dropping databases on the test server. */
  serverUri: string
  /** Migrated, no documents. */
  emptyTemplate: string
  /** Migrated and seeded with the demo content. */
  seededTemplate: string
  /** Prefix of every database this run creates, so teardown can drop leftovers of crashed files. */
  databasePrefix: string
  /** `$DATA_DIR/media` of the seeded template: the files its media documents point at. */
  seededMediaDir: string
  /** Removed at teardown: test files put their DATA_DIRs under it. */
  tempRoot: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    databases: TestDatabases
  }
}
