/**
 * Builds response objects that conform to GitHub's schemas: a minimal instance of the schema (every required
 * field, typed plausibly) with the fields a test cares about laid over it. GitHub's objects have dozens of
 * required fields (a pull request embeds two full repositories); writing them by hand would drift from the
 * description, generating them cannot.
 */
import type { OpenApiChecker } from './openapi.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

export const SAMPLE_TIME = '2024-01-01T00:00:00Z'

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function minimal(checker: OpenApiChecker, schema: JsonObject, depth: number): Json {
  if (depth > 40) throw new Error('schema too deep to sample')
  if (typeof schema.$ref === 'string')
    return minimal(checker, checker.schemaAt(schema.$ref), depth + 1)
  if (Array.isArray(schema.allOf)) {
    return (schema.allOf as JsonObject[]).reduce<Json>(
      (merged, part) => overlay(merged, minimal(checker, part, depth + 1)),
      {}
    )
  }
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonObject[] | undefined
  if (Array.isArray(alternatives)) return minimal(checker, alternatives[0], depth + 1)
  if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null) ?? null
  switch (schema.type) {
    case 'object': {
      const out: JsonObject = {}
      const properties = (schema.properties ?? {}) as Record<string, JsonObject>
      for (const name of (schema.required ?? []) as string[]) {
        out[name] = properties[name] ? minimal(checker, properties[name], depth + 1) : 'x'
      }
      return out
    }
    case 'array':
      return []
    case 'integer':
    case 'number':
      return 1
    case 'boolean':
      return false
    case 'string':
      if (schema.format === 'date-time') return SAMPLE_TIME
      if (schema.format === 'uri') return 'https://github.example/sample'
      if (schema.format === 'email') return 'sample@example.com'
      return 'sample'
    default:
      return schema.nullable === true ? null : {}
  }
}

/** Objects merge field by field; anything else in `top` replaces what is below. */
export function overlay(below: Json, top: Json | undefined): Json {
  if (top === undefined) return below
  if (isObject(below) && isObject(top)) {
    const out: JsonObject = { ...below }
    for (const [key, value] of Object.entries(top)) out[key] = overlay(below[key] ?? null, value)
    return out
  }
  return top
}

/**
 * A conforming instance of the schema at `pointer` with `fields` laid over it. Throws when the result does
 * not conform (a fixture bug), naming the offending field.
 */
export function sample(checker: OpenApiChecker, pointer: string, fields: JsonObject): JsonObject {
  const value = overlay(minimal(checker, checker.schemaAt(pointer), 0), fields) as JsonObject
  const violations = checker.violationsAt(pointer, value, pointer)
  if (violations.length > 0) throw new Error(`fixture does not conform: ${violations.join('; ')}`)
  return value
}

export type { Json, JsonObject }
