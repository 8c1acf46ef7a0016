import { badUserInput } from '@caunoi/platform'
import type { Unit } from '@caunoi/cms'
import type { ContentContext } from '../context.ts'

export type ChannelVerificationModel = {
  official: boolean
  unit: Unit | null
  advice: string
  channelKind: string | null
  verifiedAt: string | null
}

type Channel = { kind: 'ZALO_OA' | 'MINI_APP' | 'WEB_DOMAIN' | 'FACEBOOK' | 'PHONE'; value: string }

const UNKNOWN_ADVICE =
  'Không tìm thấy kênh này trong danh sách kênh chính thức của cơ quan công an. Không cung cấp mã OTP, thông tin tài khoản, không chuyển tiền; hãy gọi 113 hoặc đường dây nóng của Công an xã, phường nơi bạn cư trú để xác minh.'

/** Reads what a citizen pasted: a Zalo OA or Mini App link, a Facebook page, a web address or a phone number. */
export function parseChannel(input: string): Channel | null {
  const text = input.trim()
  const digits = text.replace(/[\s.\-()]/g, '')
  if (/^(\+84|84|0)\d{8,10}$/.test(digits) || /^\d{3,5}$/.test(digits)) {
    return { kind: 'PHONE', value: digits.replace(/^(\+84|84)/, '0') }
  }
  let url: URL
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`)
  } catch {
    return null
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  if (!host.includes('.')) return null
  const path = url.pathname.split('/').filter(Boolean)
  if (host === 'zalo.me' || host === 'oa.zalo.me') {
    if (path[0] === 's' && path[1]) return { kind: 'MINI_APP', value: path[1] }
    if (path[0]) return { kind: 'ZALO_OA', value: path[0] }
    return null
  }
  if (host === 'facebook.com' || host === 'm.facebook.com' || host === 'fb.com') {
    return path[0] ? { kind: 'FACEBOOK', value: path[0].toLowerCase() } : null
  }
  return { kind: 'WEB_DOMAIN', value: host }
}

/** A verified domain covers its subdomains; look-alikes such as congan.gov.vn.example.com do not match. */
const domainsToTry = (host: string) => {
  const labels = host.split('.')
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'))
}

export async function verifyChannel(ctx: ContentContext, input: string): Promise<ChannelVerificationModel> {
  const channel = input.length <= 500 ? parseChannel(input) : null
  if (!channel) {
    throw badUserInput('Hãy nhập đường dẫn Zalo, địa chỉ trang web hoặc số điện thoại cần kiểm tra.', [
      { field: 'url', message: 'không đọc được' },
    ])
  }
  const candidates = channel.kind === 'WEB_DOMAIN' ? domainsToTry(channel.value) : [channel.value]
  const { docs } = await ctx.payload.find({
    collection: 'units',
    where: { 'verifiedChannels.value': { in: candidates } },
    pagination: false,
    depth: 0,
  })
  for (const unit of docs) {
    const match = (unit.verifiedChannels ?? []).find(
      (c) => c.kind === channel.kind && candidates.includes(c.value.toLowerCase()),
    )
    if (match) {
      const date = new Date(match.verifiedAt).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
      return {
        official: true,
        unit,
        channelKind: channel.kind,
        verifiedAt: match.verifiedAt,
        advice: `Đây là kênh chính thức của ${unit.name} (đã xác minh ngày ${date}).`,
      }
    }
  }
  if (channel.kind === 'PHONE') {
    const { docs: hotlines } = await ctx.payload.find({
      collection: 'hotlines',
      where: { number: { equals: channel.value } },
      limit: 1,
      depth: 0,
    })
    const hotline = hotlines[0]
    const unitId = hotline?.unit && typeof hotline.unit === 'object' ? hotline.unit.id : hotline?.unit
    if (hotline && unitId) {
      const unit = await ctx.loaders.unitById.load(typeof unitId === 'object' ? unitId.id : unitId)
      return {
        official: true,
        unit,
        channelKind: 'PHONE',
        verifiedAt: null,
        advice: `Đây là số ${hotline.name} của ${unit?.name ?? 'cơ quan công an'}.`,
      }
    }
  }
  return { official: false, unit: null, channelKind: channel.kind, verifiedAt: null, advice: UNKNOWN_ADVICE }
}
