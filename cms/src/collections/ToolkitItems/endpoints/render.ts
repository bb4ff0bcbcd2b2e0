import type { Endpoint, PayloadHandler } from 'payload'
import { municipalityCodeProblem } from '../../../fields/municipality'
import { localize } from '../../../fields/localized'
import { findMunicipality } from '../../../municipalities/registry'
import { renderToolkitText } from '../renderToolkitText'
import { readToolkitItem } from './readItem'

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * `GET /api/toolkit-items/:id/render?municipality=GM0363`: the item's ready-made text for one
 * municipality. The item is read as the caller (`overrideAccess: false`), so a draft stays
 * hidden from whoever may not read it.
 */
const renderHandler: PayloadHandler = async (req) => {
  const code = req.searchParams.get('municipality') ?? ''
  const invalid = municipalityCodeProblem(code)
  if (invalid) return problem(400, localize(req, invalid))
  const item = await readToolkitItem(req)
  if (!item) return problem(404, 'Not Found')
  const edition = typeof item.edition === 'object' ? item.edition : null
  if (item.kind !== 'text' || !item.template || !edition) {
    return problem(
      400,
      localize(req, {
        nl: 'Dit toolkititem heeft geen kant-en-klare tekst.',
        en: 'This toolkit item has no ready-made text.',
      }),
    )
  }
  const municipality = findMunicipality(code)!
  return Response.json({
    id: item.id,
    municipality,
    year: edition.year,
    text: renderToolkitText(item.template, municipality, edition),
  })
}

export const renderEndpoint: Endpoint = {
  path: '/:id/render',
  method: 'get',
  handler: renderHandler,
}
