/** Pure geometry for the charts and the cover: no jsPDF here, so it is tested directly. */

/** A point in mm. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A line segment in mm. */
export interface Segment {
  readonly from: Point;
  readonly to: Point;
}

/** The size that fits `width × height` into a `boxWidth × boxHeight` box, keeping the aspect ratio. */
export function fitInBox(
  width: number,
  height: number,
  boxWidth: number,
  boxHeight: number,
): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(boxWidth / width, boxHeight / height);
  return { width: width * scale, height: height * scale };
}

/** Point of axis `index` of `count` at `value` (0–100) on a radar centred at `centre`, radius `radius`; axis 0 points up. */
export function radarPoint(
  centre: Point,
  radius: number,
  index: number,
  count: number,
  value: number,
): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(count, 1);
  const r = (radius * Math.min(Math.max(value, 0), 100)) / 100;
  return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
}

/** How a label sits against its anchor point outside a radar: by the side of the chart it is on. */
export function radarLabelAnchor(
  index: number,
  count: number,
): { align: 'left' | 'center' | 'right'; vertical: 'above' | 'middle' | 'below' } {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(count, 1);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const align = cos > 0.25 ? 'left' : cos < -0.25 ? 'right' : 'center';
  const vertical = sin < -0.5 ? 'above' : sin > 0.5 ? 'below' : 'middle';
  return { align, vertical };
}

/**
 * Diagonal hatch lines (bottom-left to top-right) that fill the rectangle, `spacing` mm apart,
 * each clipped to the rectangle — a pattern that tells bars apart without colour.
 */
export function hatchSegments(
  x: number,
  y: number,
  width: number,
  height: number,
  spacing: number,
): Segment[] {
  const segments: Segment[] = [];
  if (!(width > 0) || !(height > 0) || !(spacing > 0)) return segments;
  const step = spacing * Math.SQRT2;
  // Lines u + v = c, with u rightwards from x and v downwards from y.
  for (let c = step / 2; c < width + height; c += step) {
    const u1 = Math.max(0, c - height);
    const u2 = Math.min(width, c);
    if (u2 - u1 < 1e-6) continue;
    segments.push({ from: { x: x + u1, y: y + c - u1 }, to: { x: x + u2, y: y + c - u2 } });
  }
  return segments;
}

/** Week ticks for an axis `totalWeeks` long: the smallest step whose labels (`labelWidth` mm) do not collide. */
export function weekTicks(totalWeeks: number, mmPerWeek: number, labelWidth: number): number[] {
  const steps = [1, 2, 4, 8, 12, 16, 26, 52, 104];
  const step =
    steps.find((s) => s * mmPerWeek >= labelWidth + 2) ??
    Math.ceil((labelWidth + 2) / Math.max(mmPerWeek, 1e-6));
  const ticks: number[] = [];
  for (let week = 0; week <= totalWeeks; week += step) ticks.push(week);
  return ticks;
}
