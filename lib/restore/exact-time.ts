// Times for Node's utimes, right to the millisecond. Node takes seconds as a double: Node 22's libuv cuts
// it to whole microseconds toward zero, Node 24 keeps nanoseconds, so the nearest double to
// 1796217584.583 (…582999944) would come back as …582.999 ms on both. The double chosen here is the
// nearest one at or above the time (toward +∞): truncated to microseconds toward zero or kept to the
// nanosecond, it stays within [time, time + 1 ms), which is the millisecond our writer truncated to (and
// on Node 22 the exact nanosecond for times after 1970). Holds while doubles are finer than a microsecond
// (until 2^33 s, 2242).

/** The exact value of a finite positive double, as mantissa × 2^exponent. */
function exactParts(value: number): { mantissa: bigint; exponent: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = (bits >> 52n) & 0x7ffn;
  const fraction = bits & ((1n << 52n) - 1n);
  return biased === 0n
    ? { mantissa: fraction, exponent: -1074n }
    : { mantissa: fraction | (1n << 52n), exponent: biased - 1075n };
}

/** -1, 0 or 1 as the double `seconds` (positive) is below, at or above `milliseconds` / 1000, exactly. */
function compare(seconds: number, milliseconds: bigint): number {
  const { mantissa, exponent } = exactParts(seconds);
  const [left, right] =
    exponent >= 0n
      ? [mantissa * 1000n * (1n << exponent), milliseconds]
      : [mantissa * 1000n, milliseconds * (1n << -exponent)];
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The neighbouring double of a positive `value`, one step away from zero (+1) or toward it (-1). */
function step(value: number, direction: 1 | -1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(direction));
  return view.getFloat64(0);
}

/**
 * `time` as the seconds to give fs.utimes and its kin. A numeric string, because Node turns a negative
 * number (a time before 1970) into "now" but passes a numeric string through as it is (fs.utimes docs).
 */
export function exactSeconds(time: Date): string {
  const milliseconds = time.getTime();
  const magnitude = BigInt(Math.abs(milliseconds));
  let seconds = Math.abs(milliseconds) / 1000;
  // Toward +∞: a magnitude at or above the time's after 1970, at or below it before.
  if (milliseconds > 0 && compare(seconds, magnitude) < 0) seconds = step(seconds, 1);
  if (milliseconds < 0 && compare(seconds, magnitude) > 0) seconds = step(seconds, -1);
  return String(milliseconds < 0 ? -seconds : seconds);
}
