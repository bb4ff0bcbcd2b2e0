import type { Access } from 'payload'

/** Public: media files are linked from published pages and carry no personal data. */
export const anyone: Access = () => true
