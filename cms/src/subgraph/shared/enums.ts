import { gql } from 'graphql-tag'
import type { DocumentNode } from 'graphql'

/** A GraphQL enum over a collection's stored values, both sides derived from one constant. */
export interface ContentEnum<TValue extends string> {
  /** `enum Name { … }` with the GraphQL spelling of every value. */
  typeDefs: DocumentNode
  /** GraphQL name → stored value, for the resolver map (`encouragement-prize` ↔ ENCOURAGEMENT_PRIZE). */
  resolvers: Readonly<Record<string, TValue>>
}

/** The GraphQL spelling of a stored value: `public-vote` → PUBLIC_VOTE. */
export const graphqlEnumValue = (value: string): string =>
  value.toUpperCase().replace(/[^A-Z0-9]+/g, '_')

const described = (description: string | undefined, indent: string) =>
  description ? `${indent}${JSON.stringify(description)}\n` : ''

/**
 * An enum whose values are the collection's constant (e.g. NOMINATION_STAGES), so the collection,
 * the SDL and the resolver map cannot drift apart; descriptions are optional per value.
 */
export function contentEnum<TValue extends string>(
  name: string,
  values: readonly TValue[],
  {
    description,
    valueDescriptions = {},
  }: { description?: string; valueDescriptions?: Partial<Record<TValue, string>> } = {},
): ContentEnum<TValue> {
  const body = values
    .map((value) => `${described(valueDescriptions[value], '  ')}  ${graphqlEnumValue(value)}`)
    .join('\n')
  return {
    typeDefs: gql(`${described(description, '')}enum ${name} {\n${body}\n}\n`),
    resolvers: Object.fromEntries(values.map((value) => [graphqlEnumValue(value), value])),
  }
}
