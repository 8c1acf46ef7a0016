import type { Access } from 'payload'
import { roleOf } from './roles.ts'

export const isSuperAdmin: Access = ({ req }) => roleOf(req) === 'super-admin'
