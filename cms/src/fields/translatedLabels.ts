import { getTranslation } from '@payloadcms/translations'
import type { CollectionConfig, Field, LabelFunction, StaticLabel } from 'payload'

type Label = LabelFunction | StaticLabel | false | undefined

/**
 * A `{ nl, en }` label as a function of the admin's language. Payload's admin accepts both, but
 * a few of its controls put the label object into a text as it is, so a screen reader announced
 * "Sorteer op [object Object] Oplopend" (the list's sort buttons) and "Nieuw(e) [object Object]
 * toevoegen" (the list drawer's create button); a function is resolved to the language's string
 * when Payload builds the admin's client config (docs/accessibility.md). Same text, same
 * fallback: Payload's own getTranslation picks it.
 */
function translated<T extends Label>(label: T): T | LabelFunction {
  if (typeof label !== 'object' || label === null) return label
  const texts = label as Record<string, string>
  return ({ i18n }) => getTranslation(texts, i18n)
}

function translatedLabels<T extends { singular?: Label; plural?: Label }>(labels: T): T {
  return {
    ...labels,
    ...(labels.singular === undefined ? {} : { singular: translated(labels.singular) }),
    ...(labels.plural === undefined ? {} : { plural: translated(labels.plural) }),
  }
}

function translateField(field: Field): Field {
  const result = { ...field } as Field & {
    label?: Label
    labels?: { singular?: Label; plural?: Label }
    fields?: Field[]
  }
  if ('label' in field) result.label = translated(field.label as Label) as never
  if ('labels' in field && field.labels) result.labels = translatedLabels(field.labels) as never
  if ('fields' in field && Array.isArray(field.fields))
    result.fields = field.fields.map(translateField)
  if (field.type === 'tabs') {
    ;(result as typeof field).tabs = field.tabs.map((tab) => ({
      ...tab,
      ...('label' in tab ? { label: translated(tab.label as Label) as never } : {}),
      fields: tab.fields.map(translateField),
    }))
  }
  if (field.type === 'blocks' && field.blocks) {
    ;(result as typeof field).blocks = field.blocks.map((block) => ({
      ...block,
      ...(block.labels ? { labels: translatedLabels(block.labels) as never } : {}),
      fields: block.fields.map(translateField),
    }))
  }
  return result
}

/** The collection with its own and its fields' `{ nl, en }` labels as language functions. */
export function withTranslatedLabels(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    ...(collection.labels ? { labels: translatedLabels(collection.labels) as never } : {}),
    fields: collection.fields.map(translateField),
  }
}
