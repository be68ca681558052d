/**
 * The part of Phaser's Graphics API the settings and the title art draw with, drawn straight onto
 * a 2D canvas once. Phaser's Graphics replays (and in WebGL, re-triangulates) every command on
 * every frame; a drawing painted once into a canvas and shown as an image costs one `drawImage`.
 * Paths follow Graphics' own (same arcs, same rounded corners), so the look does not change.
 */
/** Four corner values: top left, top right, bottom left, bottom right. */
type Quad = [number, number, number, number];

/** Per-corner radii, as Graphics.fillRoundedRect takes them. */
interface Corners {
  tl: number;
  tr: number;
  bl: number;
  br: number;
}

export class CanvasPen {
  private fill = 'rgba(0,0,0,1)';
  private stroke = 'rgba(0,0,0,1)';
  private lineWidth = 1;
  /** Set by fillGradientStyle: the next fillRect shades between its corners (axis-aligned). */
  private gradient: { corners: Quad; alphas: Quad } | null = null;

  constructor(private readonly context: CanvasRenderingContext2D) {}

  /** Draws from here on in units of `scale` canvas pixels, with (0, 0) at canvas (x, y). */
  transform(scale: number, x: number, y: number): this {
    this.context.setTransform(scale, 0, 0, scale, x, y);
    return this;
  }

  /** Runs `draw` with (0, 0) moved to (x, y), as a Graphics placed at (x, y) would draw. */
  at(x: number, y: number, draw: () => void): this {
    this.context.save();
    this.context.translate(x, y);
    draw();
    this.context.restore();
    return this;
  }

  /** Sets the colour (0xRRGGBB) and alpha of the fills that follow. */
  fillStyle(colour: number, alpha = 1): this {
    this.fill = rgba(colour, alpha);
    this.gradient = null;
    return this;
  }

  /** Corner colours for the next fillRect, as Graphics' WebGL gradient fill (TL, TR, BL, BR). */
  fillGradientStyle(
    topLeft: number,
    topRight: number,
    bottomLeft: number,
    bottomRight: number,
    alphaTopLeft = 1,
    alphaTopRight = alphaTopLeft,
    alphaBottomLeft = alphaTopLeft,
    alphaBottomRight = alphaTopLeft,
  ): this {
    this.gradient = {
      corners: [topLeft, topRight, bottomLeft, bottomRight],
      alphas: [alphaTopLeft, alphaTopRight, alphaBottomLeft, alphaBottomRight],
    };
    return this;
  }

  /** Sets the width, colour and alpha of the lines that follow. */
  lineStyle(width: number, colour: number, alpha = 1): this {
    this.lineWidth = width;
    this.stroke = rgba(colour, alpha);
    return this;
  }

  fillRect(x: number, y: number, width: number, height: number): this {
    this.context.fillStyle = this.gradient ? this.gradientFor(x, y, width, height) : this.fill;
    this.context.fillRect(x, y, width, height);
    return this;
  }

  strokeRect(x: number, y: number, width: number, height: number): this {
    this.applyStroke();
    this.context.strokeRect(x, y, width, height);
    return this;
  }

  /** A rectangle with round corners (one radius, or one per corner), traced as Graphics traces it. */
  fillRoundedRect(
    x: number,
    y: number,
    width: number,
    height: number,
    radius: number | Partial<Corners> = 20,
  ): this {
    const r =
      typeof radius === 'number' ? { tl: radius, tr: radius, bl: radius, br: radius } : radius;
    const [tl, tr, bl, br] = [r.tl ?? 20, r.tr ?? 20, r.bl ?? 20, r.br ?? 20].map(Math.abs) as Quad;
    const c = this.context;
    const quarter = Math.PI / 2;
    c.beginPath();
    c.moveTo(x + tl, y);
    c.lineTo(x + width - tr, y);
    c.arc(x + width - tr, y + tr, tr, -quarter, 0);
    c.lineTo(x + width, y + height - br);
    c.arc(x + width - br, y + height - br, br, 0, quarter);
    c.lineTo(x + bl, y + height);
    c.arc(x + bl, y + height - bl, bl, quarter, Math.PI);
    c.lineTo(x, y + tl);
    c.arc(x + tl, y + tl, tl, -Math.PI, -quarter);
    c.closePath();
    return this.fillPath();
  }

  fillCircle(x: number, y: number, radius: number): this {
    this.context.beginPath();
    this.context.arc(x, y, radius, 0, Math.PI * 2);
    return this.fillPath();
  }

  strokeCircle(x: number, y: number, radius: number): this {
    this.context.beginPath();
    this.context.arc(x, y, radius, 0, Math.PI * 2);
    return this.strokePath();
  }

  /** An ellipse centred on (x, y), `width` by `height` across, as Graphics.fillEllipse. */
  fillEllipse(x: number, y: number, width: number, height: number): this {
    this.context.beginPath();
    this.context.ellipse(x, y, width / 2, height / 2, 0, 0, Math.PI * 2);
    return this.fillPath();
  }

  fillTriangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): this {
    const c = this.context;
    c.beginPath();
    c.moveTo(x0, y0);
    c.lineTo(x1, y1);
    c.lineTo(x2, y2);
    c.closePath();
    return this.fillPath();
  }

  lineBetween(x0: number, y0: number, x1: number, y1: number): this {
    this.context.beginPath();
    this.context.moveTo(x0, y0);
    this.context.lineTo(x1, y1);
    return this.strokePath();
  }

  beginPath(): this {
    this.context.beginPath();
    return this;
  }

  moveTo(x: number, y: number): this {
    this.context.moveTo(x, y);
    return this;
  }

  lineTo(x: number, y: number): this {
    this.context.lineTo(x, y);
    return this;
  }

  closePath(): this {
    this.context.closePath();
    return this;
  }

  fillPath(): this {
    this.context.fillStyle = this.fill;
    this.context.fill();
    return this;
  }

  strokePath(): this {
    this.applyStroke();
    this.context.stroke();
    return this;
  }

  private applyStroke(): void {
    this.context.strokeStyle = this.stroke;
    this.context.lineWidth = this.lineWidth;
  }

  /**
   * Graphics' gradient shades a rectangle between its four corners. Every drawing gives two
   * colours along one axis (top to bottom, or left to right), which a linear gradient draws exactly.
   */
  private gradientFor(x: number, y: number, width: number, height: number): CanvasGradient {
    const { corners, alphas } = this.gradient!;
    const [topLeft, topRight, bottomLeft] = corners;
    const [alphaTopLeft, alphaTopRight, alphaBottomLeft] = alphas;
    // Left to right when each side is one colour (the calm shade's edge); else top to bottom.
    const across = topLeft === bottomLeft && alphaTopLeft === alphaBottomLeft;
    const gradient = across
      ? this.context.createLinearGradient(x, y, x + width, y)
      : this.context.createLinearGradient(x, y, x, y + height);
    gradient.addColorStop(0, rgba(topLeft, alphaTopLeft));
    gradient.addColorStop(
      1,
      across ? rgba(topRight, alphaTopRight) : rgba(bottomLeft, alphaBottomLeft),
    );
    return gradient;
  }
}

/** A Phaser colour (0xRRGGBB) and alpha as a CSS colour. */
export function rgba(colour: number, alpha: number): string {
  return `rgba(${(colour >> 16) & 0xff},${(colour >> 8) & 0xff},${colour & 0xff},${alpha})`;
}
