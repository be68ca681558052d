import { describe, expect, it } from 'vitest';
import { CanvasPen, rgba } from '../../src/scenes/canvas-pen';

/** A 2D context that records what is asked of it, enough for the pen's calls. */
function recordingContext() {
  const calls: string[] = [];
  const gradients: { from: number[]; stops: [number, string][] }[] = [];
  const record =
    (name: string) =>
    (...args: number[]) =>
      calls.push(`${name}(${args.map((value) => Math.round(value * 100) / 100).join(',')})`);
  const context = {
    fillStyle: '' as unknown,
    strokeStyle: '',
    lineWidth: 1,
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    arc: record('arc'),
    ellipse: record('ellipse'),
    closePath: record('closePath'),
    fill: () => calls.push(`fill ${String(context.fillStyle)}`),
    stroke: () => calls.push(`stroke ${context.strokeStyle} ${context.lineWidth}`),
    fillRect: record('fillRect'),
    strokeRect: record('strokeRect'),
    createLinearGradient: (...from: number[]) => {
      const gradient = { from, stops: [] as [number, string][] };
      gradients.push(gradient);
      return { addColorStop: (at: number, colour: string) => gradient.stops.push([at, colour]) };
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, calls, gradients };
}

describe('CanvasPen, the Graphics calls the stage art uses, on a 2D canvas', () => {
  it('turns Phaser colours into CSS colours', () => {
    expect(rgba(0x1b2c4c, 0.5)).toBe('rgba(27,44,76,0.5)');
    expect(rgba(0xff0000, 1)).toBe('rgba(255,0,0,1)');
  });

  it('shades a wall from top to bottom when the corner colours change downwards', () => {
    const { context, gradients } = recordingContext();
    new CanvasPen(context)
      .fillGradientStyle(0x050b17, 0x050b17, 0x1b2c4c, 0x1b2c4c, 1)
      .fillRect(10, 20, 300, 100);
    expect(gradients).toEqual([
      {
        from: [10, 20, 10, 120],
        stops: [
          [0, 'rgba(5,11,23,1)'],
          [1, 'rgba(27,44,76,1)'],
        ],
      },
    ]);
  });

  it('fades the calm shade from left to right when only the alpha changes across', () => {
    const { context, gradients } = recordingContext();
    new CanvasPen(context)
      .fillGradientStyle(0, 0, 0, 0, 0.78, 0, 0.78, 0)
      .fillRect(100, 0, 50, 768);
    expect(gradients[0]).toEqual({
      from: [100, 0, 150, 0],
      stops: [
        [0, 'rgba(0,0,0,0.78)'],
        [1, 'rgba(0,0,0,0)'],
      ],
    });
  });

  it('goes back to a flat colour after fillStyle', () => {
    const { context, calls, gradients } = recordingContext();
    const pen = new CanvasPen(context).fillGradientStyle(1, 1, 2, 2).fillStyle(0x00ff00, 0.25);
    pen.fillRect(0, 0, 1, 1);
    expect(gradients).toEqual([]);
    expect(context.fillStyle).toBe('rgba(0,255,0,0.25)');
    expect(calls).toEqual(['fillRect(0,0,1,1)']);
  });

  it('traces rounded corners as Graphics does, one radius per corner', () => {
    const { context, calls } = recordingContext();
    new CanvasPen(context)
      .fillStyle(0xffffff)
      .fillRoundedRect(0, 0, 100, 50, { tl: 10, tr: 10, bl: 0, br: 0 });
    expect(calls).toEqual([
      'beginPath()',
      'moveTo(10,0)',
      'lineTo(90,0)',
      'arc(90,10,10,-1.57,0)',
      'lineTo(100,50)',
      'arc(100,50,0,0,1.57)',
      'lineTo(0,50)',
      'arc(0,50,0,1.57,3.14)',
      'lineTo(0,10)',
      'arc(10,10,10,-3.14,-1.57)',
      'closePath()',
      'fill rgba(255,255,255,1)',
    ]);
  });

  it('draws ellipses by their full width and height, and lines in the line style', () => {
    const { context, calls } = recordingContext();
    new CanvasPen(context)
      .fillStyle(0)
      .fillEllipse(50, 40, 200, 10)
      .lineStyle(2, 0xffffff, 0.35)
      .lineBetween(0, 0, 10, 10);
    expect(calls).toContain('ellipse(50,40,100,5,0,0,6.28)');
    expect(calls.slice(-4)).toEqual([
      'beginPath()',
      'moveTo(0,0)',
      'lineTo(10,10)',
      'stroke rgba(255,255,255,0.35) 2',
    ]);
  });
});
