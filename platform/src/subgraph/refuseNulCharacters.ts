import type { ApolloServerPlugin, BaseContext } from '@apollo/server'
import { visit } from 'graphql'
import { badUserInput } from '../errors/errorCodes.ts'

const NUL_MESSAGE = 'Chứa ký tự không hợp lệ (NUL).'

/** Where in a variable's value a string carries a NUL; paths are relative to the variable, as in `problems`. */
function nulPaths(value: unknown, path: string, found: string[]): void {
  if (typeof value === 'string') {
    if (value.includes('\0')) found.push(path)
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nulPaths(item, `${path}[${index}]`, found))
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nulPaths(item, path ? `${path}.${key}` : key, found)
  }
}

/**
 * PostgreSQL refuses a NUL in text, so a string carrying one would fail as a 500 from the database
 * after part of the work was done: a variable or literal with a NUL is refused as bad input first.
 */
export function refuseNulCharacters<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const found: string[] = []
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            nulPaths(value, typeof value === 'string' ? name : '', found)
          }
          visit(document, {
            StringValue(node) {
              if (node.value.includes('\0')) found.push('query')
            },
          })
          if (found.length === 0) return
          const fields = [...new Set(found)]
          throw badUserInput(
            `Dữ liệu không hợp lệ: ${fields.join(', ')} (${NUL_MESSAGE})`,
            fields.map((field) => ({ field, message: NUL_MESSAGE })),
          )
        },
      }
    },
  }
}
