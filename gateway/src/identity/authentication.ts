import { ErrorCode, sendGraphQLError, type RequestMiddleware } from '@caunoi/platform'
import { InvalidTokenError, type Authenticator } from './authenticate.ts'

/** A bad token is refused at the door with 401, never downgraded to anonymous. */
export function authentication(authenticate: Authenticator): RequestMiddleware {
  return async (req, res) => {
    try {
      await authenticate(req)
      return false
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error
      res.setHeader('www-authenticate', 'Bearer')
      sendGraphQLError(res, 401, 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.', ErrorCode.Unauthenticated)
      return true
    }
  }
}
