import { existsSync } from 'node:fs'
import path from 'node:path'
import { NotFound, type UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Payload answers a media document whose file is gone from disk with 500 "Something went wrong"
 * (uploads/endpoints/getFile.js). A missing file is not a server fault to the caller: 404, as
 * for an unknown file. Runs after Payload's access check; returns nothing to let Payload serve
 * the file (and refuse names outside `staticDir` itself). A local stat, so synchronous.
 */
export const answerMissingFileWith404 =
  (staticDir: string): UploadHandler =>
  (req, { params }) => {
    const root = path.resolve(staticDir)
    const file = path.resolve(root, params.filename)
    if (!file.startsWith(root + path.sep) || existsSync(file)) return
    return Response.json({ errors: [{ message: new NotFound(req.t).message }] }, { status: 404 })
  }
