/**
 * The model file: gzip of a JSON header (vocabularies, tag sets, settings) followed by typed-array
 * blobs. Weights are stored as 16-bit integers with one scale per linear model and row keys as
 * deltas, which is what lets a parser of a few million weights fit in a few megabytes.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { LinearModel } from "./linear.js";

const MAGIC = "actorgraph-syntax/1\n";

type BlobType = "u8" | "u16" | "i16" | "u32" | "i32" | "f32";
const CTORS = { u8: Uint8Array, u16: Uint16Array, i16: Int16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array } as const;
type Blob = Uint8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array;

interface BlobEntry {
  name: string;
  type: BlobType;
  offset: number;
  length: number;
}

export interface LinearMeta {
  nClasses: number;
  rows: number;
  entries: number;
  scale: number;
}

/** Collects blobs while a model is being written. */
export class BlobWriter {
  readonly blobs: { name: string; type: BlobType; data: Blob }[] = [];

  add(name: string, type: BlobType, data: Blob): void {
    this.blobs.push({ name, type, data });
  }

  linear(name: string, model: LinearModel): LinearMeta {
    const m = model.rows();
    const nClasses = model.nClasses;
    const rows = m.rowKey.length;
    const deltas = new Uint32Array(rows);
    let prev = 0;
    for (let r = 0; r < rows; r++) {
      deltas[r] = m.rowKey[r]! - prev;
      prev = m.rowKey[r]!;
    }
    const lens = new Uint16Array(rows);
    for (let r = 0; r < rows; r++) lens[r] = Math.min(0xffff, m.rowStart[r + 1]! - m.rowStart[r]!);
    let maxAbs = 0;
    for (const w of m.weight) maxAbs = Math.max(maxAbs, Math.abs(w));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const q = new Int16Array(m.weight.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weight[i]! / scale);
    this.add(`${name}.keys`, "u32", deltas);
    this.add(`${name}.lens`, "u16", lens);
    this.add(`${name}.cls`, nClasses <= 256 ? "u8" : "u16", nClasses <= 256 ? Uint8Array.from(m.cls) : m.cls);
    this.add(`${name}.w`, "i16", q);
    return { nClasses, rows, entries: m.cls.length, scale };
  }

  /** The gzipped file: magic, header length, header JSON, blobs. */
  write(header: object): Buffer {
    const entries: BlobEntry[] = [];
    let offset = 0;
    for (const b of this.blobs) {
      offset = Math.ceil(offset / 8) * 8;
      entries.push({ name: b.name, type: b.type, offset, length: b.data.length });
      offset += b.data.byteLength;
    }
    const json = Buffer.from(JSON.stringify({ header, blobs: entries }));
    const body = Buffer.alloc(offset);
    this.blobs.forEach((b, i) => Buffer.from(b.data.buffer, b.data.byteOffset, b.data.byteLength).copy(body, entries[i]!.offset));
    const len = Buffer.alloc(4);
    len.writeUInt32LE(json.length);
    return gzipSync(Buffer.concat([Buffer.from(MAGIC), len, json, body]), { level: 9 });
  }
}

export class BlobReader {
  readonly header: unknown;
  private readonly entries = new Map<string, BlobEntry>();
  private readonly body: ArrayBuffer;

  constructor(file: Buffer, source: string) {
    let raw: Buffer;
    try {
      raw = gunzipSync(file);
    } catch {
      throw new Error(`${source}: not a syntax model (not gzip)`);
    }
    if (raw.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error(`${source}: not a syntax model (bad magic)`);
    const len = raw.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4;
    const parsed = JSON.parse(raw.subarray(start, start + len).toString()) as { header: unknown; blobs: BlobEntry[] };
    this.header = parsed.header;
    for (const e of parsed.blobs) this.entries.set(e.name, e);
    // A fresh, 8-aligned buffer so every typed array view is aligned.
    const bodyBytes = raw.subarray(start + len);
    this.body = new ArrayBuffer(bodyBytes.length);
    new Uint8Array(this.body).set(bodyBytes);
  }

  get(name: string): Blob {
    const e = this.entries.get(name);
    if (!e) throw new Error(`syntax model lacks '${name}'`);
    return new CTORS[e.type](this.body, e.offset, e.length);
  }

  linear(name: string, meta: LinearMeta): LinearModel {
    const deltas = this.get(`${name}.keys`) as Uint32Array;
    const lens = this.get(`${name}.lens`) as Uint16Array;
    const rowKey = new Int32Array(meta.rows);
    const rowStart = new Uint32Array(meta.rows + 1);
    let k = 0;
    for (let r = 0; r < meta.rows; r++) {
      k += deltas[r]!;
      rowKey[r] = k;
      rowStart[r + 1] = rowStart[r]! + lens[r]!;
    }
    const cls = this.get(`${name}.cls`) as Uint8Array | Uint16Array;
    const q = this.get(`${name}.w`) as Int16Array;
    return new LinearModel(meta.nClasses, { rowKey, rowStart, cls, q, scale: meta.scale });
  }
}
