// The numbers of the benchmark report (bench/run.mjs): quantiles and spreads, rounding, and a
// bootstrap confidence interval for a ratio of medians.

const sorted = (xs) => [...xs].sort((a, b) => a - b);
export function quantile(xs, q) {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
export const median = (xs) => quantile(xs, 0.5);
export function spread(xs) {
  return { min: Math.min(...xs), p25: quantile(xs, 0.25), median: median(xs), p75: quantile(xs, 0.75), max: Math.max(...xs), n: xs.length };
}
export const round = (x, digits = 2) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

/**
 * A 95% confidence interval for median(a) / median(b), where a[i] and b[i] were measured in the
 * same round: a bootstrap over rounds (each resample draws whole rounds, keeping their pairing).
 * With startup times spread as widely as on a small shared VM, a ratio of medians moves by 0.1
 * or more between identical runs; the interval says how far this run's sample can be trusted.
 * The generator is seeded, so the same times always give the same interval.
 */
export function ratioInterval(a, b, resamples = 2000) {
  let seed = 0x9e3779b9;
  const random = () => {
    // xorshift32: plenty for resampling, and reproducible.
    seed ^= seed << 13; seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5; seed >>>= 0;
    return seed / 2 ** 32;
  };
  const ratios = [];
  for (let r = 0; r < resamples; r++) {
    const pick = a.map(() => Math.floor(random() * a.length));
    ratios.push(median(pick.map((i) => a[i])) / median(pick.map((i) => b[i])));
  }
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
}

export function mapRound(o, digits) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === 'n' ? v : round(v, digits)]));
}
