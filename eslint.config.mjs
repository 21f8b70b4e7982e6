import perfectionist from 'eslint-plugin-perfectionist'
import tseslint from 'typescript-eslint'

const plugins = ['account', 'courses', 'queue', 'sites', 'video', 'website']

/** Another plugin's internals: anything of plugins/<name>/ but its index, client.ts and exports/. */
const internalsOf = (name) => [
  `**/plugins/${name}/*`,
  `!**/plugins/${name}/index`,
  `!**/plugins/${name}/client`,
  `!**/plugins/${name}/exports`,
  `!**/plugins/${name}/exports/**`,
]

const message =
  'Import another plugin through its public face (plugins/<name>, plugins/<name>/client or plugins/<name>/exports/…), never its internals.'

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next*/**',
      '.data/**',
      'payload-types.ts',
      'migrations/**',
      'src/app/(payload)/admin/importMap.js',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { perfectionist },
    rules: {
      // Payload's own setting: keys in natural order, a Payload config's name, slug and type first;
      // a blank line or a comment starts a new group, for the few objects whose order means something.
      'perfectionist/sort-objects': [
        'error',
        {
          type: 'natural',
          customGroups: [{ elementNamePattern: '^(_id|id|name|slug|type)$', groupName: 'top' }],
          groups: ['top', 'unknown'],
          order: 'asc',
          partitionByComment: true,
          partitionByNewLine: true,
        },
      ],
    },
  },
  // A plugin reaches another plugin only through its public face.
  ...plugins.map((name) => ({
    files: [`plugins/${name}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: plugins
            .filter((other) => other !== name)
            .map((other) => ({ group: internalsOf(other), message })),
        },
      ],
    },
  })),
  // The core and the worker process name no plugin's internals either.
  {
    files: [
      'collections/**/*.{ts,tsx}',
      'blocks/**/*.{ts,tsx}',
      'media-workers/**/*.ts',
      'src/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: plugins.map((other) => ({ group: internalsOf(other), message })) },
      ],
    },
  },
)
