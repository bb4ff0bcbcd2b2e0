import type { TextField, TextFieldManyValidation, TextFieldSingleValidation } from 'payload'
import { localize, type Localized } from './localized'

/** A CBS municipality code as the monitor uses it: "GM" and four digits (Amsterdam: GM0363). */
export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/

export const isMunicipalityCode = (value: unknown): value is string =>
  typeof value === 'string' && MUNICIPALITY_CODE_PATTERN.test(value)

const invalidCode = (value: string): Localized => ({
  nl: `"${value}" is geen CBS-gemeentecode: gebruik GM gevolgd door vier cijfers, bijvoorbeeld GM0363.`,
  en: `"${value}" is not a CBS municipality code: use GM followed by four digits, e.g. GM0363.`,
})

export const validateMunicipalityCode: TextFieldSingleValidation = (value, { req }) => {
  if (value === null || value === undefined || value === '') return true
  return isMunicipalityCode(value) || localize(req, invalidCode(value))
}

export const validateMunicipalityCodes: TextFieldManyValidation = (values, { req }) => {
  const invalid = (values ?? []).find((value) => !isMunicipalityCode(value))
  return invalid === undefined || localize(req, invalidCode(String(invalid)))
}

/** The municipalities (CBS codes) a document is about; the content subgraph joins on it. */
export const municipalityCodesField = (): TextField => ({
  name: 'municipalities',
  type: 'text',
  hasMany: true,
  label: { nl: 'Gemeenten (CBS-codes)', en: 'Municipalities (CBS codes)' },
  admin: {
    description: {
      nl: 'CBS-codes van de gemeenten die in dit kennisproduct voorkomen, zoals GM0363 (Amsterdam).',
      en: 'CBS codes of the municipalities featured in this knowledge product, e.g. GM0363 (Amsterdam).',
    },
    position: 'sidebar',
  },
  validate: validateMunicipalityCodes,
})
