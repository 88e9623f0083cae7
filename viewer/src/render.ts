/** The sigma renderer with the programs and settings the viewer and its benchmark share. */
import Sigma from "sigma";
import type { MultiDirectedGraph } from "graphology";
import { EdgeArrowProgram } from "sigma/rendering";
import { EdgeCurvedArrowProgram, DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { NodeSquareProgram } from "@sigma/node-square";
import type { Settings } from "sigma/settings";

export function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (max * index) / maxIndex;
}

/** Several relationships between the same two nodes become separate curves instead of one line. */
export function curveParallelEdges(graph: MultiDirectedGraph): void {
  indexParallelEdgesIndex(graph as never, { edgeIndexAttribute: "parallelIndex", edgeMinIndexAttribute: "parallelMinIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
  graph.forEachEdge((edge, a) => {
    const index = a.parallelIndex as number | undefined;
    const max = a.parallelMaxIndex as number | undefined;
    if (typeof a.parallelMinIndex === "number" && typeof index === "number" && typeof max === "number") {
      graph.mergeEdgeAttributes(edge, { type: index ? "curved" : "straight", curvature: curvature(index, max) });
    } else if (typeof index === "number" && typeof max === "number") {
      graph.mergeEdgeAttributes(edge, { type: "curved", curvature: curvature(index, max) });
    } else graph.setEdgeAttribute(edge, "type", "straight");
  });
}

export function createRenderer(graph: MultiDirectedGraph, container: HTMLElement, extra: Partial<Settings> = {}): Sigma {
  return new Sigma(graph, container, {
    nodeProgramClasses: { square: NodeSquareProgram },
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    defaultEdgeType: "straight",
    renderEdgeLabels: false,
    // Labels are laid on a grid so they never pile up; the biggest nodes win a cell.
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    ...extra,
  });
}
