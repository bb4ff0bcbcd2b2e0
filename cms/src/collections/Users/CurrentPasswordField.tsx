'use client'
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

// A text field would show the current password in clear text; this is Payload's own password
// input, and `current-password` lets password managers fill it.
const acceptAnything = () => true as const

/** The `currentPassword` field of the users collection, masked like the new password. */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField
    autoComplete="current-password"
    field={field}
    path={path ?? field.name}
    validate={acceptAnything}
  />
)
