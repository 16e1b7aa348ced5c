import type { Node, Point, Position } from 'unist';

/**
 * A deep copy of plain mdast data (objects, arrays, primitives), keeping key order. Much
 * cheaper than `structuredClone` on the many small objects of a syntax tree.
 */
export function cloneData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneData(value[i] as unknown);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = cloneData((value as Record<string, unknown>)[key]);
  return out as T;
}

/**
 * A deep copy of `nodes` in which every position is replaced by `mapPosition(position, node)`
 * (`node` is the copy, so the callback may also add to it). Key order is kept, so the copy
 * serialises exactly as the original would after its positions were rewritten in place.
 */
export function cloneMapped<T extends Node>(nodes: readonly T[], mapPosition: (position: Position, copy: Node) => Position): T[] {
  const out = new Array<T>(nodes.length);
  for (let i = 0; i < nodes.length; i++) out[i] = cloneNode(nodes[i] as T, mapPosition);
  return out;
}

function cloneNode<T extends Node>(node: T, mapPosition: (position: Position, copy: Node) => Position): T {
  const copy: Record<string, unknown> = {};
  let position: Position | undefined;
  for (const key in node) {
    const value = (node as Record<string, unknown>)[key];
    if (key === 'children' && Array.isArray(value)) copy[key] = cloneMapped(value as Node[], mapPosition);
    else if (key === 'position' && value !== undefined) {
      position = value as Position;
      copy[key] = undefined;
    } else copy[key] = cloneData(value);
  }
  if (position) copy['position'] = mapPosition(position, copy as unknown as Node);
  return copy as T;
}

export type { Point };
