/** Whether a demo document is created published or as a draft. */
export interface Status {
  status: 'published' | 'draft'
}
