// `npm run report:stats -w @caunoi/subgraph-quizzes -- [quizId]`: participation, average scores by
// province and commune, and the most missed questions, for one quiz or all of them.
import { closeCms, getCms } from '@caunoi/cms'
import { quizStatistics, type LocalityStatistics } from '../stats/quizStatistics.ts'

const quizId = process.argv[2] ? Number(process.argv[2]) : undefined
if (quizId !== undefined && !(Number.isSafeInteger(quizId) && quizId > 0)) {
  console.error('usage: npm run report:stats -w @caunoi/subgraph-quizzes -- [quizId]')
  process.exit(1)
}

const table = (rows: LocalityStatistics[]) =>
  rows.map(
    (r) =>
      `    ${r.localityCode.padEnd(6)} ${String(r.participants).padStart(6)} người  ${String(r.attempts).padStart(6)} lượt  ${r.averageScorePercent.toFixed(1).padStart(5)} %`,
  )

const payload = await getCms()
try {
  if (quizId !== undefined) await payload.findByID({ collection: 'quizzes', id: quizId, depth: 0, draft: true })
  const stats = await quizStatistics(payload, quizId)
  console.log(quizId ? `Thống kê cuộc thi #${quizId}` : 'Thống kê tất cả cuộc thi')
  console.log(
    `  Người dự thi: ${stats.participants}   Lượt thi: ${stats.attempts} (đã nộp ${stats.submitted}, đạt ${stats.passed})`,
  )
  console.log(`  Điểm trung bình: ${stats.averageScorePercent.toFixed(1)} % số câu đúng`)
  console.log(
    '  Theo tỉnh, thành phố:',
    ...(stats.byProvince.length ? ['\n' + table(stats.byProvince).join('\n')] : [' chưa có']),
  )
  console.log(
    '  Theo xã, phường:',
    ...(stats.byCommune.length ? ['\n' + table(stats.byCommune.slice(0, 20)).join('\n')] : [' chưa có']),
  )
  console.log('  Câu hỏi hay trả lời sai nhất:')
  for (const q of stats.mostMissed)
    console.log(
      `    ${q.code.padEnd(12)} sai ${q.missed}/${q.asked} (${q.missedPercent.toFixed(1)} %)  ${q.text.slice(0, 80)}`,
    )
} catch (error) {
  console.error(error instanceof Error && error.name === 'NotFound' ? `Không tìm thấy cuộc thi #${quizId}.` : error)
  process.exitCode = 1
} finally {
  await closeCms(payload)
}
// Payload leaves PostgreSQL connections open after closing: leave explicitly, with the outcome.
process.exit(process.exitCode ?? 0)
