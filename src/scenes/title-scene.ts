import Phaser from 'phaser';
import { onStageChange, type StageState } from '../stage/stage-events';
import { afterNextPaint } from './after-next-paint';
import type { LoopGovernor } from './loop-governor';
import { paintImage } from './painted-image';
import { drawHomeDesk, drawServerRack, drawNightBackdrop } from './title-art';
import { palette, prefersReducedMotion } from './palette';

const packetCount = 7;
const packetJourneyMs = 2600;

/**
 * The title's backdrop: a home computer on the left sends glowing packets along an arc to a
 * server rack far away. The packets fly once and settle, so the loop can sleep.
 */
export class TitleScene extends Phaser.Scene {
  static readonly key = 'TitleScene';
  private art?: Phaser.GameObjects.Container;
  private unsubscribe?: () => void;
  /** The packets fly once per visit; a redraw for a new window size shows them landed. */
  private packetsHaveFlown = prefersReducedMotion();
  /** Behind any screen but the title, the art steps back so the text stands out. */
  private dimmed = false;

  constructor(private readonly governor: LoopGovernor) {
    super(TitleScene.key);
  }

  private readonly redraw = (): void => this.drawArt();

  create(): void {
    this.drawArt();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.redraw);
    this.unsubscribe = onStageChange((state) => afterNextPaint(() => this.showScreen(state)));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.redraw);
      this.unsubscribe?.();
    });
  }

  private drawArt(): void {
    this.art?.destroy();
    const { width, height } = this.scale;
    const art = this.add.container(0, 0);

    // On a wide screen the DOM card covers the left; the journey runs across the right half.
    const portrait = height > width;
    const home = portrait
      ? new Phaser.Math.Vector2(width * 0.22, height * 0.3)
      : new Phaser.Math.Vector2(width * 0.58, height * 0.72);
    const server = portrait
      ? new Phaser.Math.Vector2(width * 0.8, height * 0.16)
      : new Phaser.Math.Vector2(width * 0.88, height * 0.3);
    const unit = Math.min(width, height) / (portrait ? 9 : 8);
    const lift = portrait ? height * 0.12 : height * 0.35;
    const route = new Phaser.Curves.QuadraticBezier(
      new Phaser.Math.Vector2(home.x, home.y - unit * 0.9),
      new Phaser.Math.Vector2((home.x + server.x) / 2, Math.min(home.y, server.y) - lift),
      new Phaser.Math.Vector2(server.x - unit * 0.5, server.y),
    );
    // Everything but the packets stands still: painted once, shown as one image.
    art.add(
      paintImage(this, width, height, (pen) => {
        drawNightBackdrop(pen, width, height);
        pen.at(home.x, home.y, () => drawHomeDesk(pen, unit));
        pen.at(server.x, server.y, () => drawServerRack(pen, unit));
        pen.lineStyle(2, palette.amber, 0.35);
        const points = route.getSpacedPoints(48);
        points.forEach((point, index) => {
          const next = points[index + 1];
          if (next && index % 2 === 0) pen.lineBetween(point.x, point.y, next.x, next.y);
        });
      }),
    );
    art.add(this.launchPackets(route, unit));
    art.setAlpha(this.artAlpha());
    this.art = art;
    this.governor.wakeFor(100);
  }

  private launchPackets(
    route: Phaser.Curves.QuadraticBezier,
    unit: number,
  ): Phaser.GameObjects.Container {
    const packets = this.add.container(0, 0);
    const size = Math.max(4, unit * 0.09);
    const still = this.packetsHaveFlown;
    this.packetsHaveFlown = true;
    for (let index = 0; index < packetCount; index += 1) {
      const packet = this.add.rectangle(0, 0, size, size, palette.amber);
      const progress = { t: still ? (index + 1) / (packetCount + 1) : 0 };
      const place = (): void => {
        const point = route.getPoint(progress.t);
        packet.setPosition(point.x, point.y);
      };
      place();
      packets.add(packet);
      if (still) continue;
      packet.setAlpha(0);
      this.tweens.add({
        targets: progress,
        t: (index + 1) / (packetCount + 1),
        delay: index * 160,
        duration: packetJourneyMs,
        ease: 'Sine.easeInOut',
        onStart: () => packet.setAlpha(1),
        onUpdate: place,
      });
    }
    return packets;
  }

  private showScreen({ screen }: StageState): void {
    this.dimmed = screen !== 'title';
    if (!this.art) return;
    this.tweens.killTweensOf(this.art);
    // A sleeping scene's tween manager never runs, so its finished tweens are never removed:
    // while asleep (behind a setting) the title only records the alpha it will wake with.
    if (!this.sys.isActive() || prefersReducedMotion()) {
      this.art.setAlpha(this.artAlpha());
      return;
    }
    this.tweens.add({ targets: this.art, alpha: this.artAlpha(), duration: 400 });
    this.governor.wakeFor(50);
  }

  private artAlpha(): number {
    return this.dimmed ? 0.35 : 1;
  }
}
