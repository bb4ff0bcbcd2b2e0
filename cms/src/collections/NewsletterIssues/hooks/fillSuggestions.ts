import type { CollectionBeforeChangeHook } from 'payload'
import type { NewsletterIssue } from '../../../payload-types'
import { suggestContent } from '../../../newsletter/issueContent'

/** "Inhoud voorstellen": fills the lists the editor left empty, then unticks itself. */
export const fillSuggestions: CollectionBeforeChangeHook<NewsletterIssue> = async ({
  data,
  req,
}) => {
  if (!data.suggest) return data
  data.suggest = false
  const suggested = await suggestContent(req, data.lifeDomains ?? [])
  if (!data.news?.length) data.news = suggested.news
  if (!data.knowledgeProducts?.length) data.knowledgeProducts = suggested.knowledgeProducts
  if (!data.events?.length) data.events = suggested.events
  return data
}
