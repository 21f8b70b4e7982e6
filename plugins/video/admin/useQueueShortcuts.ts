'use client'
import { useEffect, useRef } from 'react'

export type ShortcutKey = 'a' | 'j' | 'k' | 'r' | 'x'

/** Keys that type text where they are pressed: shortcuts must not fire while someone writes notes. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'reset', 'submit'].includes(target.type)
  )
}

/**
 * Single-key shortcuts for the whole page (Gmail-style), off while a text field has focus or a
 * modifier is held, so Ctrl+R still reloads and typing "a" in the notes writes an "a".
 */
export function useQueueShortcuts(
  enabled: boolean,
  handlers: Record<ShortcutKey, () => void>,
): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        event.shiftKey ||
        isTyping(event.target)
      )
        return
      const key = event.key as ShortcutKey
      if (!Object.hasOwn(latest.current, key)) return
      event.preventDefault()
      latest.current[key]()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
