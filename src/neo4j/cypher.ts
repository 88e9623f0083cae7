/** The graph model's notions as Cypher expressions, so that statements spell them one way. */
import { LOOKUP_LABELS } from "../model/labels.js";

const lookup = `[${LOOKUP_LABELS.map((l) => `'${l}'`).join(", ")}]`;

/** A node's own label: its labels less the look-up ones (`:Actor`, `:Entity`). */
export const ownLabel = (node: string): string => `[l IN labels(${node}) WHERE NOT l IN ${lookup}][0]`;

/** A node's key, `<Label>:<id>`, as the JSON export and the viewer write it. */
export const keyOfNode = (node: string): string => `${ownLabel(node)} + ':' + ${node}.id`;
