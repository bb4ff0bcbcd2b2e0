import type { ApolloServerPlugin, BaseContext } from '@apollo/server'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import {
  type DocumentNode,
  getNullableType,
  getVariableValues,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  isListType,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity'
import { LRUCache } from 'lru-cache'
import { EdgeErrorCode, LIMIT_CODES } from './errors'

export interface OperationLimits {
  maxDepth: number
  maxAliases: number
  maxTokens: number
  maxDirectives: number
  maxCost: number
  defaultListSize: number
}

/**
 * Declared maximum sizes of plain list fields, where no `first` bounds them: `Type.field`, or
 * `*.field` for a field of that name on any type. A municipality has at most 17 neighbours (the
 * registry's maximum); the content a municipality or life domain carries is capped at 50 items by
 * the content subgraph; the rest are small fixed sets (six life domains, three rounds, …).
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Municipality.neighbours': 17,
  '*.lifeDomains': 6,
  '*.crpdArticles': 20,
  '*.topics': 6,
  '*.perspectives': 4,
  '*.rounds': 3,
  '*.groups': 12,
  '*.options': 12,
  '*.points': 12,
  // One answer per question a peiling edition asked (6 today).
  'SurveyResponse.answers': 10,
  'Municipality.knowledgeProducts': 50,
  'Municipality.practiceExamples': 50,
  'Municipality.nominations': 20,
  'LifeDomain.knowledgeProducts': 50,
  'LifeDomain.practiceExamples': 50,
  'LifeDomain.upcomingEvents': 50,
  'LifeDomain.news': 50,
  'CrpdArticle.knowledgeProducts': 50,
  'KnowledgeProduct.conventionArticles': 20,
}

/** Parse options for Apollo Server: graphql-js stops parsing past the token limit. */
export function parseOptions(limits: OperationLimits) {
  return { maxTokens: limits.maxTokens }
}

type Reject = (
  code: EdgeErrorCode,
) => (context: ValidationContext | null, error: GraphQLError) => void

const reportAs: Reject = (code) => (context, error) => {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }),
  )
}

/**
 * Validation rules (graphql-armor's) for depth, aliases and directives. They run once per distinct
 * document (Apollo caches validated documents); the cost, which depends on variables, is the plugin's.
 */
export function limitValidationRules(limits: OperationLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs(EdgeErrorCode.QueryTooDeep)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reportAs(EdgeErrorCode.TooManyAliases)],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reportAs(EdgeErrorCode.TooManyDirectives)],
    }),
  ] as ValidationRule[]
}

/**
 * The cost model: every field costs 1 plus what it selects; a field with `first` (or `limit`)
 * multiplies its selection by that number (its default when the argument is left out), a
 * federation `_entities` call by the number of representations, and any other list by its
 * declared size ({@link LIST_SIZES}) or `defaultListSize`. Edges and nodes inside a connection
 * are already counted by the connection's `first`.
 */
export function costEstimator(
  limits: Pick<OperationLimits, 'defaultListSize'>,
): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // A list of scalars still costs one per item.
    const item = Math.max(childComplexity, 1)
    if (field.name === '_entities' && Array.isArray(args.representations)) {
      return 1 + args.representations.length * item
    }
    const bound =
      typeof args.first === 'number'
        ? args.first
        : typeof args.limit === 'number'
          ? args.limit
          : undefined
    if (bound !== undefined) return 1 + Math.max(bound, 0) * item
    if (isListType(getNullableType(field.type))) {
      if (type.name.endsWith('Connection')) return 1 + childComplexity
      const size =
        LIST_SIZES[`${type.name}.${field.name}`] ??
        LIST_SIZES[`*.${field.name}`] ??
        limits.defaultListSize
      return 1 + size * item
    }
    return 1 + childComplexity
  }
}

/** The cost of one operation under {@link costEstimator}. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: Pick<OperationLimits, 'defaultListSize'>,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [costEstimator(limits)],
  })
}

/**
 * Refuses an operation whose cost exceeds `maxCost` with QUERY_TOO_COMPLEX (HTTP 400), after
 * validation and before execution, so a refused operation never reaches a resolver or subgraph.
 */
export function costLimitPlugin<TContext extends BaseContext>(
  limits: Pick<OperationLimits, 'maxCost' | 'defaultListSize'>,
): ApolloServerPlugin<TContext> {
  // An operation's cost depends only on its document, its operation name and its variables, so
  // it is computed once per (schema, query hash, operation name, variables) and remembered in a
  // bounded LRU: a page asked for again and again with the same variables (the municipality
  // page, the election page) is priced once, not on every request — the pricing walk was about a
  // tenth of the gateway's CPU for such a page. Variables longer than MEMO_MAX_VARIABLES
  // characters are priced every time, so the memo holds at most MEMO_MAX_ENTRIES small keys
  // whatever callers send; the schema level is weak, so a new supergraph starts afresh.
  const costs = new WeakMap<GraphQLSchema, LRUCache<string, number>>()
  const memoOf = (schema: GraphQLSchema) => {
    let memo = costs.get(schema)
    if (!memo) costs.set(schema, (memo = new LRUCache<string, number>({ max: MEMO_MAX_ENTRIES })))
    return memo
  }
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({
          schema,
          document,
          request,
          operation,
          operationName,
          queryHash,
        }) {
          const variablesText =
            (operation?.variableDefinitions?.length ?? 0) === 0
              ? ''
              : JSON.stringify(request.variables ?? {})
          const key =
            variablesText.length <= MEMO_MAX_VARIABLES
              ? `${queryHash}\n${operationName ?? ''}\n${variablesText}`
              : undefined
          const memo = memoOf(schema)
          const known = key === undefined ? undefined : memo.get(key)
          if (known !== undefined) return refuseAbove(known, limits)
          // Variables that do not fit their types are refused by execution (BAD_USER_INPUT) before
          // any resolver runs; getComplexity would throw on them and mislabel them as too complex.
          const variables = getVariableValues(
            schema,
            operation?.variableDefinitions ?? [],
            request.variables ?? {},
          )
          if (variables.errors !== undefined) return
          let cost: number
          try {
            cost = operationCost(
              schema,
              document,
              limits,
              request.variables ?? {},
              operationName ?? undefined,
            )
          } catch (error) {
            // getComplexity stops past 10,000 evaluated nodes: that alone is too complex.
            throw new GraphQLError('The operation is too complex to evaluate', {
              extensions: { code: EdgeErrorCode.QueryTooComplex, http: { status: 400 } },
              originalError: error instanceof Error ? error : undefined,
            })
          }
          if (key !== undefined) memo.set(key, cost)
          refuseAbove(cost, limits)
        },
      }
    },
  }
}

/** How many operation costs the memo keeps, and the longest variables text it keys on. */
const MEMO_MAX_ENTRIES = 5_000
const MEMO_MAX_VARIABLES = 2_048

function refuseAbove(cost: number, limits: Pick<OperationLimits, 'maxCost'>): void {
  if (cost <= limits.maxCost) return
  throw new GraphQLError(
    `The operation costs ${cost}, more than the limit of ${limits.maxCost}; ask for fewer items (first) or fewer nested lists`,
    {
      extensions: {
        code: EdgeErrorCode.QueryTooComplex,
        cost,
        maxCost: limits.maxCost,
        http: { status: 400 },
      },
    },
  )
}

// graphql-js 16 says "more that N tokens" (sic).
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/
const INTROSPECTION = /^GraphQL introspection is not allowed/

/**
 * Apollo Server wraps validation and parse errors in its own codes; this restores ours for a
 * refused operation (QUERY_TOO_DEEP, TOO_MANY_TOKENS, …). Returns undefined for other errors.
 */
export function limitErrorCode(
  formatted: GraphQLFormattedError,
  error: unknown,
): string | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined
  const originalCode = original instanceof GraphQLError ? original.extensions.code : undefined
  if (typeof originalCode === 'string' && LIMIT_CODES.has(originalCode)) return originalCode
  const code = formatted.extensions?.code
  if (typeof code === 'string' && LIMIT_CODES.has(code)) return code
  if (TOKEN_LIMIT.test(formatted.message)) return EdgeErrorCode.TooManyTokens
  if (INTROSPECTION.test(formatted.message)) return EdgeErrorCode.IntrospectionDisabled
  return undefined
}

/** The Apollo Server options that put the limits in force, for the gateway and each subgraph. */
export function operationLimitOptions<TContext extends BaseContext>(
  limits: OperationLimits,
  { introspection }: { introspection: boolean },
) {
  return {
    parseOptions: parseOptions(limits),
    validationRules: limitValidationRules(limits),
    // `never[]` spreads into either copy of Apollo Server's plugin type: CommonJS consumers (the
    // monitor) and ES module consumers (gateway, content) see different, nominally typed copies.
    plugins: [costLimitPlugin<TContext>(limits)] as never[],
    introspection,
    // No "Did you mean …" and no type names in validation errors unless introspection is on.
    hideSchemaDetailsFromClientErrors: !introspection,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
  }
}
