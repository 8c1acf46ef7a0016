import { expect, it } from '@jest/globals'
import { foldVietnamese } from '../src/text/foldVietnamese.ts'

it('folds Vietnamese so "căn cước" and "can cuoc" meet, reading "đ" as "d"', () => {
  expect(foldVietnamese('Căn cước')).toBe('can cuoc')
  expect(foldVietnamese('ĐĂNG KÝ  thường trú')).toBe('dang ky thuong tru')
  expect(foldVietnamese('Phường Đống Đa')).toBe('phuong dong da')
})

it('folds decomposed (NFD) input the same as precomposed', () => {
  expect(foldVietnamese('Tạm trú'.normalize('NFD'))).toBe(foldVietnamese('Tạm trú'))
})
