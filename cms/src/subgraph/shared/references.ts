import type { ContentContext } from './context'
import { toDownload, toImage } from './media'

/** A life domain as a reference to the monitor's entity (`LifeDomain @key(fields: "slug")`). */
export const lifeDomainRefs = ({ lifeDomainSlugs }: { lifeDomainSlugs: string[] }) =>
  lifeDomainSlugs.map((slug) => ({ slug }))

/** A municipality as a reference to the monitor's entity (`Municipality @key(fields: "code")`). */
export const municipalityRef = ({ municipalityCode }: { municipalityCode: string }) => ({
  code: municipalityCode,
})

/** An image of a document read at depth 0: the upload through the request's media loader. */
export const loadImage = ({ loaders }: ContentContext, id: number | null) =>
  id === null ? null : loaders.mediaById.load(id).then(toImage)

/** A download of a document read at depth 0, through the request's media loader. */
export const loadDownload = ({ loaders }: ContentContext, id: number | null) =>
  id === null ? null : loaders.mediaById.load(id).then(toDownload)
