import { restErrorResponse } from './restError.ts'

/** Payload's own shape for errors, with the message in Vietnamese: nothing of the server leaks. */
export const notFoundResponse = (message = 'Không tìm thấy.') => restErrorResponse(404, message)
