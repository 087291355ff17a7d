// Seeded generators, so simulated predictions, weights and generated sets are the same on every run.

/** mulberry32: small, fast, well distributed; the one to use for anything new. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number in [0, n). */
export function randomInt(random: () => number, n: number): number {
  return Math.floor(random() * n)
}

/** A standard normal draw from a seeded uniform generator (Box–Muller). */
export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

/**
 * A linear congruential generator, kept for the colour set (test/helpers/colour-set.ts): its images were drawn
 * with it, and the end-to-end tests on that set expect the figures those exact images give.
 */
export function lcgRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}
