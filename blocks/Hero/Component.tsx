import type { Hero as HeroData } from '@payload-types'

import { Link } from '../../src/site/components/Link'
import { Media } from '../../src/site/components/Media'
import { LexicalText } from '../../src/site/components/LexicalText'

type Props = { hero: HeroData; title: string }

type Node = { children?: unknown; tag?: unknown; type?: unknown }

/** Whether the editor wrote the page's h1 into the hero text. */
function hasH1(nodes: unknown): boolean {
  return (
    Array.isArray(nodes) &&
    nodes.some(
      (node: Node) => (node.type === 'heading' && node.tag === 'h1') || hasH1(node.children),
    )
  )
}

/**
 * The page's opening. Every page gets exactly one h1: the hero text's own, else the page title
 * (visible for the text-only heroes, for screen readers only when there is no hero).
 */
export function Hero({ hero, title }: Props) {
  const { type, links, media, richText } = hero
  const needsTitle = !hasH1(richText?.root.children)
  if (type === 'none') return needsTitle ? <h1 className="visually-hidden">{title}</h1> : null

  const text = (
    <div className="hero__text">
      {needsTitle && <h1>{title}</h1>}
      <LexicalText data={richText} />
      {Boolean(links?.length) && (
        <div className="hero__links">
          {links?.map(({ id, link }, index) => (
            <Link appearance={link.appearance ?? 'default'} key={id ?? index} link={link} />
          ))}
        </div>
      )}
    </div>
  )

  if (type === 'highImpact') {
    return (
      <header className="hero hero--high">
        <div className="hero__backdrop">
          <Media preload resource={media} sizes="100vw" />
        </div>
        <div className="container">{text}</div>
      </header>
    )
  }
  if (type === 'mediumImpact') {
    return (
      <header className="hero hero--medium container">
        {text}
        <Media
          className="hero__image"
          preload
          resource={media}
          sizes="(min-width: 76rem) 72rem, 100vw"
        />
      </header>
    )
  }
  return <header className="hero hero--low container">{text}</header>
}
