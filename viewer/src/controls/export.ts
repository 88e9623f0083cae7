/** Export: the view as a PNG (@sigma/export-image) or the drawn graph as GEXF (graphology-gexf). */
import { downloadAsPNG } from "@sigma/export-image";
import { write as writeGexf } from "graphology-gexf/browser";
import type Sigma from "sigma";
import { byId } from "../dom";
import type { Graphs } from "../graphs";

function download(name: string, text: string, type: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function mountExport({ display }: Graphs, renderer: Sigma): void {
  byId("export-png").addEventListener("click", () => void downloadAsPNG(renderer, { fileName: "actorgraph", backgroundColor: "#ffffff" }));
  byId("export-gexf").addEventListener("click", () => download("actorgraph.gexf", writeGexf(display as never), "application/xml"));
}
