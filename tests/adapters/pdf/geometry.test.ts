import { describe, expect, it } from 'vitest';
import {
  fitInBox,
  hatchSegments,
  radarLabelAnchor,
  radarPoint,
  weekTicks,
} from '~/adapters/pdf/geometry';

describe('fitInBox', () => {
  it.each([
    ['a wide logo fills the width', 300, 100, 70, 28, 70, 70 / 3],
    ['a tall logo fills the height', 100, 400, 70, 28, 7, 28],
    ['a small logo is scaled up to the box', 12, 4, 70, 28, 70, 70 / 3],
    ['a logo with the box ratio fills it', 70, 28, 70, 28, 70, 28],
    ['a zero-size logo takes no room', 0, 10, 70, 28, 0, 0],
  ])('%s', (_name, w, h, boxW, boxH, expectedW, expectedH) => {
    const size = fitInBox(w, h, boxW, boxH);
    expect(size.width).toBeCloseTo(expectedW, 6);
    expect(size.height).toBeCloseTo(expectedH, 6);
    if (w > 0) expect(size.width / size.height).toBeCloseTo(w / h, 6);
  });
});

describe('radarPoint', () => {
  const centre = { x: 100, y: 100 };

  it.each([
    ['axis 0 points up', 0, 4, 100, { x: 100, y: 60 }],
    ['axis 1 of 4 points right', 1, 4, 100, { x: 140, y: 100 }],
    ['half the value is half the radius', 2, 4, 50, { x: 100, y: 120 }],
    ['values below 0 sit at the centre', 3, 4, -20, { x: 100, y: 100 }],
    ['values above 100 stop at the rim', 3, 4, 250, { x: 60, y: 100 }],
  ])('%s', (_name, index, count, value, expected) => {
    const p = radarPoint(centre, 40, index, count, value);
    expect(p.x).toBeCloseTo(expected.x, 6);
    expect(p.y).toBeCloseTo(expected.y, 6);
  });
});

describe('radarLabelAnchor', () => {
  it.each([
    [0, 4, 'center', 'above'],
    [1, 4, 'left', 'middle'],
    [2, 4, 'center', 'below'],
    [3, 4, 'right', 'middle'],
    [2, 9, 'left', 'middle'],
    [8, 9, 'right', 'above'],
  ] as const)('places label %i of %i %s, %s', (index, count, align, vertical) => {
    expect(radarLabelAnchor(index, count)).toEqual({ align, vertical });
  });
});

describe('hatchSegments', () => {
  it('fills a box with diagonal lines that stay inside it', () => {
    const segments = hatchSegments(10, 20, 30, 4, 1);
    expect(segments.length).toBeGreaterThan(15);
    for (const { from, to } of segments) {
      for (const p of [from, to]) {
        expect(p.x).toBeGreaterThanOrEqual(10 - 1e-9);
        expect(p.x).toBeLessThanOrEqual(40 + 1e-9);
        expect(p.y).toBeGreaterThanOrEqual(20 - 1e-9);
        expect(p.y).toBeLessThanOrEqual(24 + 1e-9);
      }
      // Bottom-left to top-right: x grows as y shrinks, at 45°.
      expect(to.x - from.x).toBeCloseTo(from.y - to.y, 9);
    }
  });

  it.each([
    ['an empty box', 0, 4, 1],
    ['a negative height', 10, -1, 1],
    ['a zero spacing', 10, 4, 0],
  ])('draws nothing for %s', (_name, w, h, spacing) => {
    expect(hatchSegments(0, 0, w, h, spacing)).toEqual([]);
  });
});

describe('weekTicks', () => {
  it.each([
    ['every week when there is room', 6, 20, 10, [0, 1, 2, 3, 4, 5, 6]],
    ['every 8 weeks on a year at about 2 mm a week', 52, 2.15, 11, [0, 8, 16, 24, 32, 40, 48]],
    ['every 2 weeks when labels need 2 weeks', 8, 7, 11, [0, 2, 4, 6, 8]],
    ['a wide step for a very long plan', 300, 0.35, 11, [0, 52, 104, 156, 208, 260]],
  ])('puts a tick %s', (_name, total, mmPerWeek, labelWidth, expected) => {
    expect(weekTicks(total, mmPerWeek, labelWidth)).toEqual(expected);
  });
});
