'use client'
import type { DocumentTabClientProps } from 'payload'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

/** The document views Payload shows as tabs, by the path it hands each tab. */
const TABS: Readonly<
  Record<string, { href: string; label: 'general:edit' | 'version:versions' | 'API' }>
> = {
  '/': { href: '', label: 'general:edit' },
  '/versions': { href: '/versions', label: 'version:versions' },
  '/api': { href: '/api', label: 'API' },
}

/**
 * One tab of the document header ("Bewerken", "Versies 3", "API") in place of Payload's own.
 * Payload 3.90 puts its tab links straight into a <ul> (axe `list`) and names the "Versies" tab
 * "Versies" while it shows "Versies 3" (axe `label-content-name-mismatch`, WCAG 2.5.3). This one
 * is a list item whose link is named by its visible text, with aria-current on the open view.
 */
export function DocumentTab({ path }: DocumentTabClientProps) {
  const tab = TABS[path]
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const { id, collectionSlug, versionCount } = useDocumentInfo()
  const { t } = useTranslation()
  const pathname = usePathname()
  if (!tab || !collectionSlug || id === undefined) return null

  const documentUrl = formatAdminURL({
    adminRoute: admin,
    path: `/collections/${collectionSlug}/${id}`,
  })
  const href = `${documentUrl}${tab.href}`
  const current = tab.href === '' ? pathname === documentUrl : pathname.startsWith(href)
  const label = tab.label === 'API' ? tab.label : t(tab.label)
  return (
    <li className="doc-tabs__tab">
      <Button
        buttonStyle="tab"
        className={current ? 'doc-tab doc-tab--active' : 'doc-tab'}
        el="link"
        extraButtonProps={current ? { 'aria-current': 'page' } : {}}
        margin={false}
        size="medium"
        to={href}
      >
        <span className="doc-tab__label">
          {label}
          {tab.href === '/versions' && versionCount ? (
            <>
              {' '}
              <span className="pill-version-count">{versionCount}</span>
            </>
          ) : null}
        </span>
      </Button>
    </li>
  )
}
