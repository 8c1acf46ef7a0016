import { findBreakingChanges, findDangerousChanges } from 'graphql'
import {
  CompositionError,
  formatCompositionProblems,
  tryComposeSupergraph,
  type CompositionProblem,
  type SubgraphDefinition,
} from './composeSupergraph.ts'

/** A change to the public API schema, as graphql-js describes it. */
export type ApiChange = { type: string; description: string }

export type SubgraphCheck = {
  /** True when the proposed subgraph composes and breaks nothing clients use today. */
  ok: boolean
  compositionErrors: CompositionProblem[]
  /** Changes that can break existing client operations (removed fields, narrowed types, ...). */
  breakingChanges: ApiChange[]
  /** Changes that do not fail `ok` but may surprise clients (new enum values, new optional arguments, ...). */
  dangerousChanges: ApiChange[]
  /** Composition hints the proposal adds, e.g. input fields dropped because the proposed subgraph lacks them. */
  hints: CompositionProblem[]
  /** Set when the proposal replaces an existing subgraph of the same name rather than adding one. */
  replaces?: string
}

/**
 * Checks a proposed subgraph (a partner ministry's, or a new version of a first-party one) before it goes live:
 * it must compose with the current subgraphs and must not break the API schema clients use today.
 */
export function checkSubgraph({
  current,
  proposed,
}: {
  current: readonly SubgraphDefinition[]
  proposed: SubgraphDefinition
}): SubgraphCheck {
  const before = tryComposeSupergraph(current)
  // A proposal can only be judged against a graph that composes today; that failure is ours, not the partner's.
  if (!before.ok)
    throw new CompositionError(
      before.errors,
      'The current subgraphs do not compose, so nothing can be checked against them',
    )

  const replaces = current.some((subgraph) => subgraph.name === proposed.name) ? proposed.name : undefined
  const after = tryComposeSupergraph([...current.filter((subgraph) => subgraph.name !== proposed.name), proposed])
  if (!after.ok) {
    return {
      ok: false,
      compositionErrors: after.errors,
      breakingChanges: [],
      dangerousChanges: [],
      hints: [],
      replaces,
    }
  }

  const oldApi = before.supergraph.apiSchema
  const newApi = after.supergraph.apiSchema
  const breakingChanges = findBreakingChanges(oldApi, newApi).map(({ type, description }) => ({ type, description }))
  const dangerousChanges = findDangerousChanges(oldApi, newApi).map(({ type, description }) => ({ type, description }))
  return {
    ok: breakingChanges.length === 0,
    compositionErrors: [],
    breakingChanges,
    dangerousChanges,
    hints: newHints(before.supergraph.hints, after.supergraph.hints),
    replaces,
  }
}

/** The check as a person reads it: verdict first, then what to fix. */
export function formatSubgraphCheck(name: string, check: SubgraphCheck): string {
  const action = check.replaces ? `replacing the current "${name}"` : `adding "${name}"`
  const lines: string[] = []
  if (check.compositionErrors.length > 0) {
    lines.push(`✗ Subgraph "${name}" does not compose (${action}): ${count(check.compositionErrors, 'error')}`)
    lines.push(formatCompositionProblems(check.compositionErrors))
    return lines.join('\n')
  }
  if (check.breakingChanges.length > 0) {
    lines.push(
      `✗ Subgraph "${name}" composes (${action}) but breaks the public API: ${count(check.breakingChanges, 'breaking change')}`,
    )
    lines.push(...check.breakingChanges.map((change) => `  - ${change.type}: ${change.description}`))
  } else {
    lines.push(`✓ Subgraph "${name}" composes (${action}) and breaks nothing in the public API`)
  }
  if (check.dangerousChanges.length > 0) {
    lines.push(`Changes that may surprise clients: ${count(check.dangerousChanges, 'change')}`)
    lines.push(...check.dangerousChanges.map((change) => `  - ${change.type}: ${change.description}`))
  }
  if (check.hints.length > 0) {
    lines.push(`Composition hints: ${count(check.hints, 'hint')}`)
    lines.push(formatCompositionProblems(check.hints))
  }
  return lines.join('\n')
}

// Hints the current graph already has are not the proposer's to fix.
function newHints(before: readonly CompositionProblem[], after: readonly CompositionProblem[]): CompositionProblem[] {
  const known = new Set(before.map((hint) => `${hint.code}\n${hint.message}`))
  return after.filter((hint) => !known.has(`${hint.code}\n${hint.message}`))
}

function count(items: readonly unknown[], noun: string): string {
  return `${items.length} ${noun}${items.length === 1 ? '' : 's'}`
}
