import type { CollectionConfig } from 'payload'

const tab = { tab: { Component: '/components/DocumentTab#DocumentTab' } }

/**
 * The collection with our DocumentTab for Payload's three document tabs (edit, versions, API);
 * Payload keeps deciding which of them show (versions only with drafts, never on create). Our
 * collections customise no document views, so there is nothing of theirs to keep here.
 */
export function withAccessibleDocumentTabs(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: {
          ...collection.admin?.components?.views,
          edit: { default: tab, versions: tab, api: tab },
        },
      },
    },
  }
}
