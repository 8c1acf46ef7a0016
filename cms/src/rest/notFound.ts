/** Payload's own shape for errors, with the message in Vietnamese: nothing of the server leaks. */
export const notFoundResponse = (message = 'Không tìm thấy.') =>
  Response.json({ errors: [{ message }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
