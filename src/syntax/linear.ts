/**
 * The linear models every stage of the syntax layer scores with: a feature key maps to a short row
 * of (class, weight) pairs. Rows are sparse because a perceptron only ever moves the weights of the
 * classes it confused, so a feature of a 90-class parser touches a handful of classes, and scoring
 * costs the entries a state's features hold rather than features x classes.
 */

/** A model's rows as plain arrays: row r has feature key rowKey[r] and entries rowStart[r] .. rowStart[r + 1]. */
export interface Rows {
  rowKey: Int32Array;
  rowStart: Uint32Array;
  cls: Uint16Array;
  weight: Float32Array;
}

/** Rows whose weights are already 16-bit integers in units of `scale`, as a model file stores them. */
export interface QuantizedRows {
  rowKey: Int32Array;
  rowStart: Uint32Array;
  cls: Uint16Array | Uint8Array;
  q: Int16Array;
  scale: number;
}

/**
 * The compiled, read-only model: an open-addressing table from feature key to its row. Scoring is
 * memory-bound (a parser state looks up ~95 features in a table of a million rows), so a slot is
 * four 32-bit words, one quarter of a cache line: the key and up to three entries, each a class and
 * a 16-bit weight packed in one word. Most rows fit; a longer one points into an overflow array.
 * One read per feature, where separate key, offset and entry arrays cost three to five.
 */
export class LinearModel {
  private readonly mask: number;
  private readonly shift: number;
  /** Per slot: key (-1 empty), then three packed entries (0 none), or -(offset + 1) and a count into `overflow`. */
  private readonly slots: Int32Array;
  private readonly overflow: Int32Array;
  /** What a packed weight of 1 is worth. */
  readonly scale: number;
  readonly entries: number;
  readonly rowCount: number;
  /** Scratch for `score`: each feature's home slot. */
  private at = new Int32Array(128);
  /** Where `score` leaves the first pass's reads, so that they are not optimized away. */
  private sink = 0;

  constructor(
    readonly nClasses: number,
    rows: Rows | QuantizedRows,
  ) {
    const { rowKey, rowStart, cls } = rows;
    // A class is the high half of a packed word, which must stay positive (negative words point to the overflow).
    if (nClasses >= 0x8000) throw new Error(`a linear model holds at most ${0x7fff} classes, not ${nClasses}`);
    let q16: Int16Array;
    if ("q" in rows) {
      q16 = rows.q;
      this.scale = rows.scale;
    } else {
      let maxAbs = 0;
      for (const w of rows.weight) maxAbs = Math.max(maxAbs, Math.abs(w));
      this.scale = maxAbs > 0 ? maxAbs / 32767 : 1;
      q16 = new Int16Array(rows.weight.length);
      for (let j = 0; j < q16.length; j++) q16[j] = Math.round(rows.weight[j]! / this.scale);
    }
    let size = 1024;
    while (size * 0.6 < rowKey.length) size <<= 1;
    const mask = size - 1;
    const shift = 32 - Math.log2(size);
    this.mask = mask;
    this.shift = shift;
    const slots = new Int32Array(size * 4);
    this.slots = slots;
    for (let i = 0; i < size; i++) slots[4 * i] = -1;
    // Rows longer than three entries spill; count them first so the overflow is allocated once.
    let spilled = 0;
    for (let r = 0; r < rowKey.length; r++) if (rowStart[r + 1]! - rowStart[r]! > 3) spilled += rowStart[r + 1]! - rowStart[r]!;
    const spill = new Int32Array(spilled);
    let used = 0;
    let entries = 0;
    for (let r = 0; r < rowKey.length; r++) {
      const from = rowStart[r]!;
      const to = rowStart[r + 1]!;
      let s = Math.imul(rowKey[r]!, GOLDEN) >>> shift;
      while (slots[4 * s] !== -1) s = (s + 1) & mask;
      const long = to - from > 3;
      const start = used;
      let n = 0;
      for (let j = from; j < to; j++) {
        const q = q16[j]!;
        if (q === 0) continue;
        const e = (cls[j]! << 16) | (q & 0xffff);
        if (long) spill[used++] = e;
        else slots[4 * s + 1 + n] = e;
        n++;
      }
      if (n === 0) continue;
      entries += n;
      slots[4 * s] = rowKey[r]!;
      if (long) {
        slots[4 * s + 1] = -(start + 1);
        slots[4 * s + 2] = n;
      }
    }
    this.overflow = spill.subarray(0, used);
    this.entries = entries;
    this.rowCount = rowKey.length;
  }

  /**
   * Adds the weights of `n` features to `scores` (which the caller zeroes), in units of `scale`:
   * every score of a model has the same unit, so comparing them needs no multiplication, and
   * whole numbers add faster than floats, and exactly, in any order.
   */
  score(features: Int32Array, n: number, scores: Int32Array): void {
    const { slots, overflow, mask, shift } = this;
    const at = n <= this.at.length ? this.at : (this.at = new Int32Array(n));
    // Three passes, each reading memory that nothing in the same pass waits for, so that the
    // processor fetches the cache lines of all features at once instead of one after another:
    // every feature's home slot, then the slot that holds its key (-1 when none) and the start of
    // its overflow row, then the weights. Most features a parser looks up are frequent ones, with
    // rows too long for their slot.
    let touched = 0;
    for (let i = 0; i < n; i++) {
      const s = (Math.imul(features[i]!, GOLDEN) >>> shift) << 2;
      at[i] = s;
      touched ^= slots[s]!;
    }
    const wrap = (mask << 2) | 3;
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      let s = at[i]!;
      let k = slots[s]!;
      while (k !== key && k !== -1) {
        s = (s + 4) & wrap;
        k = slots[s]!;
      }
      if (k === -1) {
        at[i] = -1;
        continue;
      }
      at[i] = s;
      const a = slots[s + 1]!;
      if (a < 0) touched ^= overflow[-a - 1]!;
    }
    this.sink ^= touched;
    for (let i = 0; i < n; i++) {
      const s = at[i]!;
      if (s < 0) continue;
      const a = slots[s + 1]!;
      if (a < 0) {
        const from = -a - 1;
        const to = from + slots[s + 2]!;
        for (let j = from; j < to; j++) {
          const e = overflow[j]!;
          scores[e >>> 16]! += (e << 16) >> 16;
        }
        continue;
      }
      scores[a >>> 16]! += (a << 16) >> 16;
      const b = slots[s + 2]!;
      if (b === 0) continue;
      scores[b >>> 16]! += (b << 16) >> 16;
      const c = slots[s + 3]!;
      if (c !== 0) scores[c >>> 16]! += (c << 16) >> 16;
    }
  }

  /** The same model without the weights below `minWeight` in magnitude (smaller, faster, nearly as good). */
  pruned(minWeight: number): LinearModel {
    const r = this.rows();
    const rowKey: number[] = [];
    const rowStart: number[] = [0];
    const cls: number[] = [];
    const weight: number[] = [];
    for (let i = 0; i < r.rowKey.length; i++) {
      const before = cls.length;
      for (let j = r.rowStart[i]!; j < r.rowStart[i + 1]!; j++) {
        if (Math.abs(r.weight[j]!) < minWeight) continue;
        cls.push(r.cls[j]!);
        weight.push(r.weight[j]!);
      }
      if (cls.length > before) {
        rowKey.push(r.rowKey[i]!);
        rowStart.push(cls.length);
      }
    }
    return new LinearModel(this.nClasses, { rowKey: Int32Array.from(rowKey), rowStart: Uint32Array.from(rowStart), cls: Uint16Array.from(cls), weight: Float32Array.from(weight) });
  }

  /** The rows back in ascending key order, for writing the model out. */
  rows(): Rows {
    const keys: [number, number][] = [];
    for (let s = 0; s < this.slots.length; s += 4) if (this.slots[s] !== -1) keys.push([this.slots[s]!, s]);
    keys.sort((a, b) => a[0] - b[0]);
    const rowKey = new Int32Array(keys.length);
    const rowStart = new Uint32Array(keys.length + 1);
    const cls = new Uint16Array(this.entries);
    const weight = new Float32Array(this.entries);
    let e = 0;
    const put = (x: number) => {
      cls[e] = x >>> 16;
      weight[e] = ((x << 16) >> 16) * this.scale;
      e++;
    };
    keys.forEach(([key, s], r) => {
      rowKey[r] = key;
      const a = this.slots[s + 1]!;
      if (a < 0) for (let j = -a - 1; j < -a - 1 + this.slots[s + 2]!; j++) put(this.overflow[j]!);
      else for (let k = 1; k <= 3 && this.slots[s + k] !== 0; k++) put(this.slots[s + k]!);
      rowStart[r + 1] = e;
    });
    return { rowKey, rowStart, cls, weight };
  }
}

/**
 * The rows as the model holds them (16-bit weights, in units of `scale`), ordered by their hash
 * `Math.imul(key, GOLDEN) >>> 0`: the order of their home slots in a table of any size, so that a
 * model file written in this order is loaded into its table front to back, not by random writes.
 */
export function packedRows(model: LinearModel): QuantizedRows & { hash: Uint32Array } {
  const r = model.rows();
  const n = r.rowKey.length;
  const hash = new Uint32Array(n);
  for (let i = 0; i < n; i++) hash[i] = Math.imul(r.rowKey[i]!, GOLDEN) >>> 0;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => hash[a]! - hash[b]!);
  const rowKey = new Int32Array(n);
  const rowStart = new Uint32Array(n + 1);
  const cls = new Uint16Array(r.cls.length);
  const q = new Int16Array(r.cls.length);
  let e = 0;
  order.forEach((i, o) => {
    rowKey[o] = r.rowKey[i]!;
    for (let j = r.rowStart[i]!; j < r.rowStart[i + 1]!; j++) {
      cls[e] = r.cls[j]!;
      q[e] = Math.round(r.weight[j]! / model.scale);
      e++;
    }
    rowStart[o + 1] = e;
  });
  return { rowKey, rowStart, cls, q, scale: model.scale, hash: Uint32Array.from(order, (i) => hash[i]!) };
}

/** The key whose hash is h: GOLDEN is odd, so multiplying by it is undone by its inverse modulo 2^32. */
export function keyOfHash(h: number): number {
  return Math.imul(h, GOLDEN_INVERSE);
}

/** Fibonacci hashing: a slot is the top bits of the key times 2^32 / golden ratio (the low bits of that product cluster). */
const GOLDEN = 0x9e3779b1;
const GOLDEN_INVERSE = (() => {
  let x = GOLDEN;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(GOLDEN, x));
  return x;
})();

/**
 * The averaged perceptron while it learns. A row is a plain array of [class, weight, accumulated,
 * lastUpdate] quadruples: averaging is lazy (Daumé's trick), a weight's running sum is only brought
 * up to date when that weight changes and once at the end.
 */
export class PerceptronTrainer {
  readonly rows = new Map<number, number[]>();
  /** Instances seen so far: the clock the averages are taken over. */
  time = 0;

  constructor(readonly nClasses: number) {}

  score(features: Int32Array, n: number, scores: Float64Array): void {
    scores.fill(0);
    for (let i = 0; i < n; i++) {
      const row = this.rows.get(features[i]!);
      if (!row) continue;
      for (let j = 0; j < row.length; j += 4) scores[row[j]!]! += row[j + 1]!;
    }
  }

  /** Counts one instance; moves the weights only when the prediction was wrong. */
  update(features: Int32Array, n: number, gold: number, predicted: number): void {
    this.time++;
    if (gold === predicted) return;
    for (let i = 0; i < n; i++) {
      const f = features[i]!;
      let row = this.rows.get(f);
      if (!row) this.rows.set(f, (row = []));
      this.bump(row, gold, 1);
      if (predicted >= 0) this.bump(row, predicted, -1);
    }
  }

  /** One ranking step: the gold candidate's features up, the wrongly preferred one's down (class 0). */
  rank(gold: Int32Array, nGold: number, wrong: Int32Array, nWrong: number): void {
    this.time++;
    for (const [fs, n, delta] of [[gold, nGold, 1], [wrong, nWrong, -1]] as const) {
      for (let i = 0; i < n; i++) {
        const f = fs[i]!;
        let row = this.rows.get(f);
        if (!row) this.rows.set(f, (row = []));
        this.bump(row, 0, delta);
      }
    }
  }

  private bump(row: number[], c: number, delta: number): void {
    for (let j = 0; j < row.length; j += 4) {
      if (row[j] === c) {
        row[j + 2]! += (this.time - row[j + 3]!) * row[j + 1]!;
        row[j + 3] = this.time;
        row[j + 1]! += delta;
        return;
      }
    }
    row.push(c, delta, 0, this.time);
  }

  /**
   * The averaged weights as a compiled model, without the entries whose average is below
   * `minWeight` in magnitude (they change no decision worth keeping and would bloat the file).
   */
  compile(minWeight = 0): LinearModel {
    const T = Math.max(1, this.time);
    const keys = [...this.rows.keys()].sort((a, b) => a - b);
    const rowKey: number[] = [];
    const rowStart: number[] = [0];
    const cls: number[] = [];
    const weight: number[] = [];
    for (const k of keys) {
      const row = this.rows.get(k)!;
      const before = cls.length;
      for (let j = 0; j < row.length; j += 4) {
        const avg = (row[j + 2]! + (this.time - row[j + 3]!) * row[j + 1]!) / T;
        if (Math.abs(avg) > minWeight) {
          cls.push(row[j]!);
          weight.push(avg);
        }
      }
      if (cls.length > before) {
        rowKey.push(k);
        rowStart.push(cls.length);
      }
    }
    return new LinearModel(this.nClasses, { rowKey: Int32Array.from(rowKey), rowStart: Uint32Array.from(rowStart), cls: Uint16Array.from(cls), weight: Float32Array.from(weight) });
  }
}

/** Argmax of `scores` over the classes `allowed` says yes to. */
export function best(scores: ArrayLike<number>, n: number, allowed?: (c: number) => boolean): number {
  let b = -1;
  let bs = -Infinity;
  for (let c = 0; c < n; c++) {
    if (allowed && !allowed(c)) continue;
    if (scores[c]! > bs) {
      bs = scores[c]!;
      b = c;
    }
  }
  return b;
}
