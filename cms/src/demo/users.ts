import type { User } from '../payload-types'

interface DemoUser {
  email: string
  name: string
  role: User['role']
  municipalityCode?: string
}

/** Demo accounts, one (or two) per role; they get the DEMO_PASSWORD. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@example.org', name: 'Anouk de Beheerder', role: 'admin' },
  { email: 'redacteur@example.org', name: 'Ruben de Redacteur', role: 'editor' },
  { email: 'organisator@example.org', name: 'Olga de Organisator', role: 'organiser' },
  { email: 'adviseur@example.org', name: 'Ada de Adviseur', role: 'adviser' },
  {
    email: 'gemeente.oude-ijsselstreek@example.org',
    name: 'Gijs van Oude IJsselstreek',
    role: 'municipal-official',
    municipalityCode: 'GM1509',
  },
  {
    // Amsterdam has a private self-assessment measurement in the monitor's demo data.
    email: 'gemeente.amsterdam@example.org',
    name: 'Aisha van Amsterdam',
    role: 'municipal-official',
    municipalityCode: 'GM0363',
  },
  {
    email: 'gemeente.hengelo@example.org',
    name: 'Hanneke van Hengelo',
    role: 'municipal-official',
    municipalityCode: 'GM0164',
  },
]
