import type { TextField, TextFieldManyValidation, TextFieldSingleValidation } from 'payload'
import { findMunicipality } from '../municipalities/registry'
import { localize, type Localized } from './localized'

/** A CBS municipality code as the monitor uses it: "GM" and four digits (Amsterdam: GM0363). */
export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/

const isMunicipalityCode = (value: unknown): value is string =>
  typeof value === 'string' && MUNICIPALITY_CODE_PATTERN.test(value)

/** Why a value is not a municipality of the registry, or undefined when it is one. */
export function municipalityCodeProblem(value: unknown): Localized | undefined {
  if (!isMunicipalityCode(value)) {
    return {
      nl: `"${String(value)}" is geen CBS-gemeentecode: gebruik GM gevolgd door vier cijfers, bijvoorbeeld GM0363.`,
      en: `"${String(value)}" is not a CBS municipality code: use GM followed by four digits, e.g. GM0363.`,
    }
  }
  if (!findMunicipality(value)) {
    return {
      nl: `${value} is geen bestaande gemeente: de code staat niet in het gemeenteregister (342 gemeenten).`,
      en: `${value} is not an existing municipality: the code is not in the registry (342 municipalities).`,
    }
  }
  return undefined
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

export const validateMunicipalityCode: TextFieldSingleValidation = (value, { req, required }) => {
  if (isEmpty(value)) {
    return required
      ? localize(req, {
          nl: 'Vul een CBS-gemeentecode in, bijvoorbeeld GM0363.',
          en: 'Enter a CBS municipality code, e.g. GM0363.',
        })
      : true
  }
  const problem = municipalityCodeProblem(value)
  return problem ? localize(req, problem) : true
}

const validateMunicipalityCodes: TextFieldManyValidation = (values, { req }) => {
  for (const value of values ?? []) {
    const problem = municipalityCodeProblem(value)
    if (problem) return localize(req, problem)
  }
  return true
}

interface MunicipalityFieldOptions {
  name?: string
  label?: Localized
  description?: Localized
  required?: boolean
}

/** One municipality by its CBS code, checked against the registry of 342 municipalities. */
export const municipalityField = ({
  name = 'municipality',
  label = { nl: 'Gemeente (CBS-code)', en: 'Municipality (CBS code)' },
  description = {
    nl: 'CBS-code van de gemeente: GM gevolgd door vier cijfers, bijvoorbeeld GM1509 (Oude IJsselstreek).',
    en: 'CBS code of the municipality: GM followed by four digits, e.g. GM1509 (Oude IJsselstreek).',
  },
  required = false,
}: MunicipalityFieldOptions = {}): TextField => ({
  name,
  type: 'text',
  label,
  required,
  index: true,
  admin: { description },
  validate: validateMunicipalityCode,
})

/** Several municipalities by CBS code; the content subgraph joins knowledge products on it. */
export const municipalityCodesField = ({
  name = 'municipalities',
  label = { nl: 'Gemeenten (CBS-codes)', en: 'Municipalities (CBS codes)' },
  description = {
    nl: 'CBS-codes van de gemeenten die hierin voorkomen, zoals GM0363 (Amsterdam).',
    en: 'CBS codes of the municipalities featured here, e.g. GM0363 (Amsterdam).',
  },
}: Omit<MunicipalityFieldOptions, 'required'> = {}): TextField => ({
  name,
  type: 'text',
  hasMany: true,
  label,
  admin: { description, position: 'sidebar' },
  validate: validateMunicipalityCodes,
})

/**
 * The name of the municipality in `sourceField`, filled from the registry on every save, so that
 * lists and API readers see "Oude IJsselstreek" next to GM1509. Read-only in the admin.
 */
export const municipalityNameField = (sourceField = 'municipality'): TextField => ({
  name: `${sourceField}Name`,
  type: 'text',
  label: { nl: 'Gemeente', en: 'Municipality' },
  admin: { readOnly: true, position: 'sidebar' },
  hooks: {
    beforeChange: [
      ({ siblingData }) => {
        const code: unknown = siblingData[sourceField]
        return typeof code === 'string' ? (findMunicipality(code)?.name ?? null) : null
      },
    ],
  },
})
