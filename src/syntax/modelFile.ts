/**
 * The model file: gzip of a JSON header (vocabularies, tag sets, settings) followed by typed-array
 * blobs. Weights are stored as 16-bit integers with one scale per linear model, which is what lets a
 * parser of a few million weights fit in a few megabytes.
 *
 * Version 2 is laid out for loading: the blobs start 8-aligned in the unzipped bytes, so they are
 * viewed where they lie, not copied; rows come in the order of their hash, so the table they go
 * into is filled front to back; their hashes are stored as LEB128 deltas and row lengths in a byte
 * where the classes allow. Version 1 files (keys in ascending order as 32-bit deltas) still load.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { keyOfHash, LinearModel, packedRows } from "./linear.js";

const MAGIC = "actorgraph-syntax/2\n";
const MAGIC_1 = "actorgraph-syntax/1\n";

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
  /** 2: rows in hash order (`<name>.hash`, LEB128 deltas); absent: version 1. */
  layout?: 2;
}

/** Collects blobs while a model is being written. */
export class BlobWriter {
  readonly blobs: { name: string; type: BlobType; data: Blob }[] = [];

  add(name: string, type: BlobType, data: Blob): void {
    this.blobs.push({ name, type, data });
  }

  linear(name: string, model: LinearModel): LinearMeta {
    const m = packedRows(model);
    const nClasses = model.nClasses;
    const rows = m.rowKey.length;
    const bytes = new Uint8Array(rows * 5);
    let at = 0;
    let prev = 0;
    for (let r = 0; r < rows; r++) {
      let d = m.hash[r]! - prev;
      prev = m.hash[r]!;
      while (d >= 0x80) {
        bytes[at++] = (d & 0x7f) | 0x80;
        d >>>= 7;
      }
      bytes[at++] = d;
    }
    const lens = nClasses <= 256 ? new Uint8Array(rows) : new Uint16Array(rows);
    for (let r = 0; r < rows; r++) lens[r] = m.rowStart[r + 1]! - m.rowStart[r]!;
    this.add(`${name}.hash`, "u8", bytes.slice(0, at));
    this.add(`${name}.lens`, nClasses <= 256 ? "u8" : "u16", lens);
    this.add(`${name}.cls`, nClasses <= 256 ? "u8" : "u16", nClasses <= 256 ? Uint8Array.from(m.cls) : m.cls);
    this.add(`${name}.w`, "i16", m.q);
    return { nClasses, rows, entries: m.cls.length, scale: m.scale, layout: 2 };
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
    let json = Buffer.from(JSON.stringify({ header, blobs: entries }));
    // Spaces after the JSON put the body at a multiple of 8, so that the reader can view it in place.
    const pad = (8 - ((MAGIC.length + 4 + json.length) % 8)) % 8;
    json = Buffer.concat([json, Buffer.alloc(pad, " ")]);
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
  private readonly bodyOffset: number;

  constructor(file: Buffer, source: string) {
    let raw: Buffer;
    try {
      // One output chunk of the unzipped size, which gzip's trailer gives (modulo 2^32): the default
      // 16 kB chunks, joined at the end, cost a fifth more time.
      const size = file.length >= 18 ? file.readUInt32LE(file.length - 4) : 0;
      raw = gunzipSync(file, { chunkSize: Math.max(1 << 16, Math.min(2 ** 30, size + 64)) });
    } catch {
      throw new Error(`${source}: not a syntax model (not gzip)`);
    }
    const magic = raw.subarray(0, MAGIC.length).toString();
    if (magic !== MAGIC && magic !== MAGIC_1) throw new Error(`${source}: not a syntax model (bad magic)`);
    const len = raw.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4;
    const parsed = JSON.parse(raw.subarray(start, start + len).toString()) as { header: unknown; blobs: BlobEntry[] };
    this.header = parsed.header;
    for (const e of parsed.blobs) this.entries.set(e.name, e);
    const bodyAt = raw.byteOffset + start + len;
    if (bodyAt % 8 === 0) {
      this.body = raw.buffer as ArrayBuffer;
      this.bodyOffset = bodyAt;
    } else {
      // An older file, or unzipped bytes not 8-aligned: a fresh copy so every typed array view is aligned.
      const bodyBytes = raw.subarray(start + len);
      this.body = new ArrayBuffer(bodyBytes.length);
      new Uint8Array(this.body).set(bodyBytes);
      this.bodyOffset = 0;
    }
  }

  get(name: string): Blob {
    const e = this.entries.get(name);
    if (!e) throw new Error(`syntax model lacks '${name}'`);
    return new CTORS[e.type](this.body, this.bodyOffset + e.offset, e.length);
  }

  linear(name: string, meta: LinearMeta): LinearModel {
    const rowKey = new Int32Array(meta.rows);
    const rowStart = new Uint32Array(meta.rows + 1);
    const lens = this.get(`${name}.lens`) as Uint8Array | Uint16Array;
    if (meta.layout === 2) {
      const bytes = this.get(`${name}.hash`) as Uint8Array;
      let h = 0;
      let at = 0;
      for (let r = 0; r < meta.rows; r++) {
        // A delta is below 2^32: its fifth byte's bits beyond the 32nd are zero, so 32-bit shifts lose nothing.
        let d = 0;
        let shift = 0;
        let b = bytes[at++]!;
        while (b >= 0x80) {
          d |= (b & 0x7f) << shift;
          shift += 7;
          b = bytes[at++]!;
        }
        h = (h + ((d | (b << shift)) >>> 0)) >>> 0;
        rowKey[r] = keyOfHash(h);
        rowStart[r + 1] = rowStart[r]! + lens[r]!;
      }
    } else {
      const deltas = this.get(`${name}.keys`) as Uint32Array;
      let k = 0;
      for (let r = 0; r < meta.rows; r++) {
        k += deltas[r]!;
        rowKey[r] = k;
        rowStart[r + 1] = rowStart[r]! + lens[r]!;
      }
    }
    const cls = this.get(`${name}.cls`) as Uint8Array | Uint16Array;
    const q = this.get(`${name}.w`) as Int16Array;
    return new LinearModel(meta.nClasses, { rowKey, rowStart, cls, q, scale: meta.scale });
  }
}
