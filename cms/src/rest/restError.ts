/** Payload's own shape for errors (`{ errors: [{ message }] }`), the message in Vietnamese. */
export const restErrorResponse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
