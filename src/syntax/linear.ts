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

/**
 * The compiled, read-only model: an open-addressing table from feature key to a row of entries.
 * A slot holds its key and the offset of its row, and a row holds its length and its (class,
 * weight) pairs side by side, so a feature costs two memory reads where separate arrays cost five:
 * on a parser's million rows, cache misses are most of the time spent scoring.
 */
export class LinearModel {
  private readonly mask: number;
  /** [key, row offset] per slot; key -1 is an empty slot. */
  private readonly slots: Int32Array;
  /** Per row: length, then class and weight (as float bits) per entry. */
  private readonly dataI: Int32Array;
  private readonly dataF: Float32Array;
  private readonly found = new Int32Array(256);
  readonly entries: number;

  constructor(
    readonly nClasses: number,
    rows: Rows,
  ) {
    const { rowKey, rowStart, cls, weight } = rows;
    let size = 1024;
    while (size < rowKey.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2).fill(-1);
    const buffer = new ArrayBuffer((rowKey.length + 2 * cls.length) * 4);
    this.dataI = new Int32Array(buffer);
    this.dataF = new Float32Array(buffer);
    let o = 0;
    for (let r = 0; r < rowKey.length; r++) {
      let s = slotOf(rowKey[r]!) & this.mask;
      while (this.slots[2 * s] !== -1) s = (s + 1) & this.mask;
      this.slots[2 * s] = rowKey[r]!;
      this.slots[2 * s + 1] = o;
      const from = rowStart[r]!;
      const to = rowStart[r + 1]!;
      this.dataI[o++] = to - from;
      for (let j = from; j < to; j++) {
        this.dataI[o++] = cls[j]!;
        this.dataF[o++] = weight[j]!;
      }
    }
    this.entries = cls.length;
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
    const order: [number, number][] = [];
    for (let s = 0; s < this.slots.length; s += 2) if (this.slots[s] !== -1) order.push([this.slots[s]!, this.slots[s + 1]!]);
    order.sort((a, b) => a[0] - b[0]);
    const rowKey = new Int32Array(order.length);
    const rowStart = new Uint32Array(order.length + 1);
    const cls = new Uint16Array(this.entries);
    const weight = new Float32Array(this.entries);
    let e = 0;
    order.forEach(([key, o], r) => {
      rowKey[r] = key;
      const len = this.dataI[o]!;
      for (let j = 0; j < len; j++, e++) {
        cls[e] = this.dataI[o + 1 + 2 * j]!;
        weight[e] = this.dataF[o + 2 + 2 * j]!;
      }
      rowStart[r + 1] = e;
    });
    return { rowKey, rowStart, cls, weight };
  }

  /**
   * Adds the weights of `n` features to `scores` (which the caller zeroes). The slots of all
   * features are found first and the rows read after: with no dependency between the look-ups,
   * the processor keeps several cache misses in flight instead of waiting on each in turn.
   */
  score(features: Int32Array, n: number, scores: Float32Array): void {
    const { slots, dataI, dataF, mask, found } = this;
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      let s = slotOf(key) & mask;
      let k = slots[2 * s]!;
      while (k !== key && k !== -1) {
        s = (s + 1) & mask;
        k = slots[2 * s]!;
      }
      found[i] = k === -1 ? -1 : slots[2 * s + 1]!;
    }
    for (let i = 0; i < n; i++) {
      let o = found[i]!;
      if (o < 0) continue;
      const end = o + 1 + 2 * dataI[o]!;
      for (o++; o < end; o += 2) scores[dataI[o]!]! += dataF[o + 1]!;
    }
  }

}

/** Keys are already well mixed; this only spreads consecutive slots. */
const slotOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 3;

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
