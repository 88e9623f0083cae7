/**
 * Which nodes are labelled: the most important first, each only where its label, as drawn at the
 * current camera, overlaps none kept before it. Sigma's label grid keeps the largest node of each cell but lets a long label run over its
 * neighbours' ("Luiz Inácio Lula da Silva" over "Brazil"); this keeps none that would.
 */
import type Sigma from "sigma";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Boxes in a grid of screen cells, so that a new box is tested against its neighbours only. */
class BoxGrid {
  readonly #cells = new Map<number, Box[]>();
  constructor(readonly cell: number) {}

  #keys(b: Box): number[] {
    const keys: number[] = [];
    for (let i = Math.floor(b.x0 / this.cell); i <= Math.floor(b.x1 / this.cell); i++) {
      for (let j = Math.floor(b.y0 / this.cell); j <= Math.floor(b.y1 / this.cell); j++) keys.push(i * 100_003 + j);
    }
    return keys;
  }

  overlaps(b: Box): boolean {
    return this.#keys(b).some((k) => this.#cells.get(k)?.some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1));
  }

  add(b: Box): void {
    for (const k of this.#keys(b)) {
      const list = this.#cells.get(k);
      if (list) list.push(b);
      else this.#cells.set(k, [b]);
    }
  }
}

export interface LabelPicker {
  /** Where sigma's default label drawer puts a node's label, on screen, with a little room around it. */
  box(key: string, label: string): Box | null;
  /** The nodes to label: drawn, on screen, with a label of their own, and clear of every more important one's. */
  pick(labelOf: (key: string) => string, importance: (key: string, size: number) => number): Set<string>;
}

export function createLabelPicker(renderer: Sigma): LabelPicker {
  const measure = document.createElement("canvas").getContext("2d");
  const widths = new Map<string, number>();
  const textWidth = (font: string, label: string): number => {
    let w = widths.get(label);
    if (w === undefined && measure) {
      measure.font = font;
      widths.set(label, (w = measure.measureText(label).width));
    }
    return w ?? label.length * 8;
  };

  const box = (key: string, label: string): Box | null => {
    const d = renderer.getNodeDisplayData(key);
    if (!d) return null;
    const { labelSize, labelFont, labelWeight } = renderer.getSettings();
    const p = renderer.framedGraphToViewport(d);
    const left = p.x + renderer.scaleSize(d.size) + 3;
    const pad = 2;
    const width = textWidth(`${labelWeight} ${labelSize}px ${labelFont}`, label);
    return { x0: left - pad, y0: p.y - 0.5 * labelSize - pad, x1: left + width + pad, y1: p.y + 0.6 * labelSize + pad };
  };

  const pick: LabelPicker["pick"] = (labelOf, importance) => {
    const { width, height } = renderer.getDimensions();
    const candidates: { key: string; rank: number; box: Box }[] = [];
    for (const key of renderer.getGraph().nodes()) {
      const label = labelOf(key);
      const d = renderer.getNodeDisplayData(key);
      if (!label || !d || d.hidden) continue;
      const b = box(key, label);
      if (!b || b.x1 < 0 || b.y1 < 0 || b.x0 > width || b.y0 > height) continue;
      candidates.push({ key, rank: importance(key, d.size), box: b });
    }
    candidates.sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : 1));
    const grid = new BoxGrid(96);
    const picked = new Set<string>();
    for (const c of candidates) {
      if (grid.overlaps(c.box)) continue;
      grid.add(c.box);
      picked.add(c.key);
    }
    return picked;
  };

  return { box, pick };
}
