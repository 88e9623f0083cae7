export interface PhoenixInput { [k: string]: any }
export function convertPhoenix(_: PhoenixInput): { people: object[]; organizations: object[]; report: string[] } { return { people: [], organizations: [], report: [] }; }
