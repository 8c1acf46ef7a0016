import { describe, expect, it } from '@jest/globals'
import { drawQuestions, shuffled } from '../src/domain/drawQuestions.ts'
import { maskName } from '../src/domain/maskName.ts'
import { scoreAttempt, type MarkedQuestion } from '../src/domain/scoreAttempt.ts'

const single: MarkedQuestion = {
  id: 1,
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
    { id: 'c', correct: false },
  ],
}
const multi: MarkedQuestion = {
  id: 2,
  options: [
    { id: 'p', correct: true },
    { id: 'q', correct: true },
    { id: 'r', correct: false },
    { id: 's', correct: false },
  ],
}
const bank = new Map([
  [1, single],
  [2, multi],
])
const drawn = [
  { questionId: 1, optionIds: ['c', 'a', 'b'] },
  { questionId: 2, optionIds: ['s', 'q', 'r', 'p'] },
]
const mark = (chosen: [number, string[]][], passPercent = 50) => scoreAttempt(drawn, new Map(chosen), bank, passPercent)

describe('scoring on the server', () => {
  it('counts a single-answer question right only with its correct option', () => {
    expect(mark([[1, ['a']]]).answers[0]).toEqual({
      questionId: 1,
      chosenOptionIds: ['a'],
      correctOptionIds: ['a'],
      correct: true,
    })
    expect(mark([[1, ['b']]]).answers[0]!.correct).toBe(false)
    expect(mark([[1, ['a', 'b']]]).answers[0]!.correct).toBe(false)
  })

  it('counts a multi-answer question right only for the exact set of correct options', () => {
    expect(mark([[2, ['q', 'p']]]).answers[1]!.correct).toBe(true)
    expect(mark([[2, ['p']]]).answers[1]!.correct).toBe(false)
    expect(mark([[2, ['p', 'q', 'r']]]).answers[1]!.correct).toBe(false)
    expect(mark([[2, ['p', 'q', 'r', 's']]]).answers[1]!.correct).toBe(false)
    // The same option twice is one choice.
    expect(mark([[2, ['p', 'q', 'q']]]).answers[1]!.correct).toBe(true)
  })

  it('gives the correct options in the order the participant saw them', () => {
    expect(mark([]).answers[1]!.correctOptionIds).toEqual(['q', 'p'])
  })

  it('counts unanswered questions as wrong and applies the pass mark', () => {
    const none = mark([])
    expect(none).toMatchObject({ score: 0, maxScore: 2, passed: false })
    const half = mark([[1, ['a']]], 50)
    expect(half).toMatchObject({ score: 1, maxScore: 2, passed: true })
    expect(mark([[1, ['a']]], 51).passed).toBe(false)
    expect(
      mark(
        [
          [1, ['a']],
          [2, ['p', 'q']],
        ],
        100,
      ),
    ).toMatchObject({ score: 2, passed: true })
  })
})

describe('drawing questions', () => {
  it('draws the asked number of distinct questions, each with all its options', () => {
    const pool = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, optionIds: ['a', 'b', 'c', 'd'] }))
    const drawnQuestions = drawQuestions(pool, 4)
    expect(drawnQuestions).toHaveLength(4)
    expect(new Set(drawnQuestions.map((d) => d.questionId)).size).toBe(4)
    for (const d of drawnQuestions) expect([...d.optionIds].sort()).toEqual(['a', 'b', 'c', 'd'])
    expect(drawQuestions(pool.slice(0, 2), 5)).toHaveLength(2)
  })

  it('shuffles with the given source: every permutation of three options occurs', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 300; i++) seen.add(shuffled(['a', 'b', 'c']).join(''))
    expect(seen.size).toBe(6)
  })
})

describe('masked names on leaderboards', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn V. A.'],
    ['  Trần   thị   Bình ', 'Trần T. B.'],
    ['Đặng Đức Ánh Dương', 'Đặng Đ. Á. D.'],
    ['Lò', 'Lò'],
  ])('shows %s as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })
})
