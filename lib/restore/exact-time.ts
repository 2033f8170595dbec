// Times for Node's utimes, exact to the millisecond. Node takes seconds as a double and libuv cuts them
// to whole microseconds toward zero, so the nearest double to 1796217584.583 (…582999944) would come back
// as …582.999 ms. The double chosen here is the nearest one at or beyond the time, away from zero, which
// lands on the millisecond exactly as long as doubles are finer than a microsecond (until 2^33 s, 2242).

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

/** Whether the double `seconds` (positive) is at least `milliseconds` / 1000, exactly. */
function reaches(seconds: number, milliseconds: bigint): boolean {
  const { mantissa, exponent } = exactParts(seconds);
  return exponent >= 0n
    ? mantissa * 1000n * (1n << exponent) >= milliseconds
    : mantissa * 1000n >= milliseconds * (1n << -exponent);
}

function nextUp(value: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
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
  if (seconds > 0 && !reaches(seconds, magnitude)) seconds = nextUp(seconds);
  return String(milliseconds < 0 ? -seconds : seconds);
}
