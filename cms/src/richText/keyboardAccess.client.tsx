'use client'
import { getTranslation } from '@payloadcms/translations'
import type { PluginComponent } from '@payloadcms/richtext-lexical'
import { createClientFeature, useEditorConfigContext } from '@payloadcms/richtext-lexical/client'
import {
  COMMAND_PRIORITY_HIGH,
  INDENT_CONTENT_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_TAB_COMMAND,
  mergeRegister,
  OUTDENT_CONTENT_COMMAND,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

/** Ctrl+] / Ctrl+[ (⌘ on a Mac), as in word processors: indent without taking Tab. */
const INDENT_KEYS: Readonly<Record<string, typeof INDENT_CONTENT_COMMAND>> = {
  ']': INDENT_CONTENT_COMMAND,
  '[': OUTDENT_CONTENT_COMMAND,
}

/**
 * Makes the rich text editor a form field like the others for keyboard and screen reader users:
 *
 * - Tab and Shift+Tab move focus out of the editor (WCAG 2.1.2, no keyboard trap). Payload's
 *   IndentFeature mounts Lexical's TabIndentationPlugin, which turns Tab into indentation, and
 *   Lexical's own docs advise against that plugin for this reason (payloadcms/payload#8653).
 *   Handling KEY_TAB_COMMAND first without preventDefault leaves Tab to the browser.
 * - Indentation (nested lists) stays: the toolbar's indent buttons, or Ctrl+] and Ctrl+[.
 * - The editable element is named after the field (WCAG 4.1.2): Payload renders it as a
 *   role="textbox" without aria-label, and its <label> cannot point at a contenteditable div.
 */
const KeyboardAccessPlugin: PluginComponent = () => {
  const [editor] = useLexicalComposerContext()
  const { fieldProps } = useEditorConfigContext()
  const { i18n } = useTranslation()
  const { label, name } = fieldProps.field
  const accessibleName = label ? getTranslation(label, i18n) : name

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(KEY_TAB_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const command = INDENT_KEYS[event.key]
            if (!command || !(event.ctrlKey || event.metaKey) || event.altKey) return false
            event.preventDefault()
            return editor.dispatchCommand(command, undefined)
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerRootListener((root) => root?.setAttribute('aria-label', accessibleName)),
      ),
    [editor, accessibleName],
  )
  return null
}

export const KeyboardAccessFeatureClient = createClientFeature({
  plugins: [{ Component: KeyboardAccessPlugin, position: 'normal' }],
})
