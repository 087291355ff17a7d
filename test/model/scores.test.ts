import { describe, expect, it } from 'vitest'
import { isDistribution, rankScores, roundScore } from '../../src/model/scores.js'

describe('rankScores', () => {
  it('keeps the k best classes, best first, with softmax probabilities of logits', () => {
    const logits = [1, 3, 2, 0]
    const ranked = rankScores(logits, 2)
    const sum = logits.reduce((a, v) => a + Math.exp(v), 0)
    expect(ranked?.top).toEqual([1, 2])
    expect(ranked?.scores).toEqual([roundScore(Math.exp(3) / sum), roundScore(Math.exp(2) / sum)])
    expect(ranked?.scores).toEqual([0.643914, 0.236883])
  })

  it('breaks ties by the lower class index, so the order never depends on the sort', () => {
    expect(rankScores([5, 7, 7, 5, 7], 4)?.top).toEqual([1, 2, 4, 0])
  })

  it('takes probabilities as they are', () => {
    expect(rankScores([0.1, 0.6, 0.3], 3)).toEqual({ top: [1, 2, 0], scores: [0.6, 0.3, 0.1] })
  })

  it('is stable for huge logits (softmax relative to the maximum) and rejects NaN and +∞', () => {
    expect(rankScores([1000, 999, -Infinity], 3)?.scores).toEqual([0.731059, 0.268941, 0])
    expect(rankScores([1, NaN, 2], 1)).toBeNull()
    expect(rankScores([1, Infinity], 1)).toBeNull()
  })
})

describe('isDistribution', () => {
  it('needs every value in [0, 1] and a sum of 1 within float16 rounding', () => {
    expect(isDistribution([0.25, 0.25, 0.5])).toBe(true)
    expect(isDistribution([0.2502, 0.2495, 0.5])).toBe(true)
    expect(isDistribution([0.2, 0.2, 0.2])).toBe(false) // sigmoid-like scores: softmax them
    expect(isDistribution([-0.5, 0.5, 1])).toBe(false)
  })
})

describe('roundScore', () => {
  it('keeps six decimals and never writes -0', () => {
    expect(roundScore(0.12345678)).toBe(0.123457)
    expect(Object.is(roundScore(-1e-9), 0)).toBe(true)
  })
})
