'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'

const HINT = {
  nl: 'Deze tekst is moeilijker dan taalniveau B1. Maak zinnen korter en kies kortere, gewone woorden; de score wordt bij opslaan opnieuw berekend.',
  en: 'This text is harder than level B1. Use shorter sentences and shorter, common words; the score is recalculated on save.',
}

/** Tells the editor, in the admin's language, when the saved text reads harder than B1. */
export function ReadabilityHint() {
  const level = useFormFields(([fields]) => fields['readability.level']?.value)
  const { i18n } = useTranslation()
  if (level !== 'harder-than-b1') return null
  return (
    <p role="status" className="field-description" style={{ marginBottom: '1rem' }}>
      {i18n.language === 'en' ? HINT.en : HINT.nl}
    </p>
  )
}
