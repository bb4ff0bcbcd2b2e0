import type { PayloadRequest } from 'payload'
import { hasRole } from '../collections/Users/roles'

/**
 * Who may queue, run or cancel jobs (scheduled publishing) through the API: editors and admins.
 * Payload's default is every logged-in user; the cron in createPayloadConfig bypasses this.
 */
export const canManageJobs = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, 'admin', 'editor')
