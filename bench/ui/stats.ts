/** Small statistics for UI benchmark samples (milliseconds): the domain bench's, plus rounding. */
export { median, percentile } from '../stats';

export const round = (value: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
