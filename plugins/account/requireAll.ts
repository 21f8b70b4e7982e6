import { APIError } from 'payload'

/**
 * Payload's bulk update and delete (`where`) report a document that failed in `errors` and carry
 * on with the rest; an erasure must not, or the account would go with part of its data left.
 */
export async function requireAll<T extends { errors: { id: number | string; message: string }[] }>(
  what: string,
  operation: Promise<T>,
): Promise<T> {
  const result = await operation
  if (result.errors.length) {
    throw new APIError(
      `Could not erase ${what}: ${result.errors.map((error) => `${error.id}: ${error.message}`).join('; ')}`,
      500,
    )
  }
  return result
}
