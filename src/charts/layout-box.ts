/** A rectangle in SVG user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function shrink(box: Box, edges: { top?: number; right?: number; bottom?: number; left?: number }): Box {
  const top = edges.top ?? 0;
  const left = edges.left ?? 0;
  return {
    x: box.x + left,
    y: box.y + top,
    width: Math.max(0, box.width - left - (edges.right ?? 0)),
    height: Math.max(0, box.height - top - (edges.bottom ?? 0)),
  };
}
