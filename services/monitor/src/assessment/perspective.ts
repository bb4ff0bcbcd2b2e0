import { registerEnumType } from 'type-graphql'

/** The three perspectives of the Monitor VN-verdrag Handicap self-assessment. */
export enum Perspective {
  COLLEAGUES = 'COLLEAGUES',
  ADMINISTRATORS = 'ADMINISTRATORS',
  RESIDENTS = 'RESIDENTS',
}

/** Display and aggregation order. */
export const PERSPECTIVES: readonly Perspective[] = [
  Perspective.COLLEAGUES,
  Perspective.ADMINISTRATORS,
  Perspective.RESIDENTS,
]

registerEnumType(Perspective, {
  name: 'Perspective',
  description: 'Whose view a self-assessment response gives.',
  valuesConfig: {
    COLLEAGUES: { description: 'Colleagues in the organisation: policy as it is carried out.' },
    ADMINISTRATORS: { description: 'Administrators (college, council): ambition.' },
    RESIDENTS: { description: 'Residents with a disability: lived experience.' },
  },
})

export enum MeasurementStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(MeasurementStatus, {
  name: 'MeasurementStatus',
  valuesConfig: {
    OPEN: { description: 'Accepting responses; private.' },
    CLOSED: { description: 'No more responses; still private.' },
    PUBLISHED: { description: 'Closed, and its topic scores are public and count in benchmarks.' },
  },
})
