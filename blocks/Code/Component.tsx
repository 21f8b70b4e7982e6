import type { CodeBlock as CodeBlockData } from '@payload-types'

import { CopyButton } from './CopyButton'

const languageNames: Record<NonNullable<CodeBlockData['language']>, string> = {
  css: 'CSS',
  javascript: 'JavaScript',
  json: 'JSON',
  shell: 'Shell',
  typescript: 'TypeScript',
}

export function CodeBlock({ code, language }: Pick<CodeBlockData, 'code' | 'language'>) {
  return (
    <figure className="code-block">
      <figcaption className="code-block__bar">
        <span>{language ? languageNames[language] : 'Code'}</span>
        <CopyButton code={code} />
      </figcaption>
      {/* Focusable so keyboard users can scroll long lines sideways. */}
      <pre className="code-block__pre" tabIndex={0}>
        <code className={language ? `language-${language}` : undefined}>{code}</code>
      </pre>
    </figure>
  )
}
