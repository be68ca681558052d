import Phaser from 'phaser';
import { onStageCue, type StageCue, type StageState } from '../stage/stage-events';
import { afterNextPaint } from './after-next-paint';
import { buildArt, type BuiltArt } from './art-canvas';
import type { LoopGovernor } from './loop-governor';
import { prefersReducedMotion } from './palette';
import { accentFor } from './accent-colour';
import { chooseSetting } from './choose-setting';
import { drawingFor } from './setting-drawings';
import { layoutStage, readTextColumn, type TextColumn } from './stage-layout';

const crossFadeMs = 350;
const slideDistance = 28;
const hideMs = 300;

/** What is on the stage: which drawing, in which accent, at which canvas size. */
interface Shown {
  setting: string;
  accent: number;
  width: number;
  height: number;
  text: TextColumn;
  art: BuiltArt;
}

/**
 * The backdrop behind every screen but the title: the current setting, drawn in code, with its
 * role's accent. Settings cross-fade; cues light a screen or an alert panel. Every motion is a
 * finite tween, so the loop governor can put the loop to sleep once it settles.
 */
export class SettingScene extends Phaser.Scene {
  static readonly key = 'SettingScene';
  private shown?: Shown;
  /** Drawings on their way out, destroyed when their fade ends (or at once on a redraw). */
  private leaving = new Set<BuiltArt>();
  private state: StageState | null = null;
  private created = false;
  private hiding = false;
  /** Called once the setting covers the stage, if that happens before `create` has run. */
  private pendingCovered?: () => void;
  /** Called when the running fade-in ends; a resize that cuts the fade short calls it at once. */
  private covering?: () => void;

  constructor(private readonly governor: LoopGovernor) {
    super(SettingScene.key);
  }

  private readonly redraw = (): void => this.redrawForSize();
  private readonly markCue = (cue: StageCue): void => afterNextPaint(() => this.mark(cue));

  create(): void {
    this.created = true;
    this.scale.on(Phaser.Scale.Events.RESIZE, this.redraw);
    const unsubscribe = onStageCue(this.markCue);
    // The text-size and projector settings move the text column without resizing the window.
    const settingsWatch = new MutationObserver(this.redraw);
    settingsWatch.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'style'],
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.redraw);
      settingsWatch.disconnect();
      unsubscribe();
      this.clear();
      this.created = false;
    });
    const covered = this.pendingCovered;
    this.pendingCovered = undefined;
    if (this.state) this.present(this.state, false, covered);
  }

  /** Shows the setting for a state; `animate` is false for the very first frame after a reload. */
  show(state: StageState, animate: boolean, onCovered: () => void): void {
    this.state = state;
    if (!this.created) {
      this.pendingCovered = onCovered;
      return;
    }
    this.present(state, animate, onCovered);
  }

  /** Fades the setting out (the title is coming back), then sleeps this scene. */
  hide(): void {
    this.state = null;
    const shown = this.shown;
    if (!this.created || !shown || this.hiding) return;
    this.hiding = true;
    this.covering = undefined;
    this.governor.wakeFor(hideMs + 100);
    for (const art of this.leaving) this.destroyArt(art);
    this.tweens.killTweensOf(shown.art.root);
    this.tweens.add({
      targets: shown.art.root,
      alpha: 0,
      duration: prefersReducedMotion() ? 0 : hideMs,
      onComplete: () => {
        this.clear();
        this.hiding = false;
        // The manager's sleep is immediate; the scene plugin's would wait for a frame that a
        // sleeping loop never draws, and could then put a setting shown meanwhile to sleep.
        this.game.scene.sleep(SettingScene.key);
      },
    });
  }

  private present(state: StageState, animate: boolean, onCovered?: () => void): void {
    const setting = chooseSetting(state);
    const accent = accentFor(state.accent, setting);
    const same =
      this.shown?.setting === setting &&
      this.shown.accent === accent &&
      this.laidOutAsNow(this.shown);
    if (this.hiding && this.shown) {
      // Back from the brink: the title was asked for and then left again before the fade ended.
      this.tweens.killTweensOf(this.shown.art.root);
      this.shown.art.root.setAlpha(1);
      this.hiding = false;
    }
    const fade = !same && animate && !prefersReducedMotion();
    if (same) {
      // A still alert (reduced motion) lasts until the next beat, like the pulse it stands for.
      this.shown?.art.alarms.forEach((alarm) => alarm.setAlpha(0));
      onCovered?.();
    } else {
      this.replaceArt(setting, accent, fade, onCovered);
    }
    // A beat that arrives with an alert pulses once its setting is in view.
    if (state.sound === 'alert' && state.screen === 'beat') {
      this.mark('inject-arrived', fade ? crossFadeMs : 0);
    }
  }

  private replaceArt(
    setting: string,
    accent: number,
    animate: boolean,
    onCovered?: () => void,
  ): void {
    const { width, height } = this.scale;
    const text = readTextColumn();
    const old = this.shown;
    const art = buildArt(this, layoutStage(width, height, text), drawingFor(setting), accent);
    this.shown = { setting, accent, width, height, text, art };
    if (!old || !animate) {
      if (old) this.destroyArt(old.art);
      if (!animate) {
        onCovered?.();
        this.governor.wakeFor(100);
        return;
      }
    }
    if (old) this.leaving.add(old.art);
    this.governor.wakeFor(crossFadeMs + 100);
    const { room } = art;
    art.root.setAlpha(0);
    this.tweens.add({
      targets: room,
      x: { from: room.x + slideDistance, to: room.x },
      duration: crossFadeMs,
      ease: 'Cubic.easeOut',
    });
    this.covering = onCovered;
    this.tweens.add({
      targets: art.root,
      alpha: 1,
      duration: crossFadeMs,
      ease: 'Sine.easeOut',
      onComplete: () => {
        if (old) this.destroyArt(old.art);
        this.covering = undefined;
        onCovered?.();
      },
    });
  }

  /** True when the canvas size and the DOM's text column are those a drawing was laid out for. */
  private laidOutAsNow(shown: Shown): boolean {
    const text = readTextColumn();
    return (
      shown.width === this.scale.width &&
      shown.height === this.scale.height &&
      shown.text.remPixels === text.remPixels &&
      shown.text.projector === text.projector
    );
  }

  /** A new window size or text column: the same drawing, laid out again, with no entry animation. */
  private redrawForSize(): void {
    if (!this.shown || this.hiding || !this.state || this.laidOutAsNow(this.shown)) return;
    const { setting, accent } = this.shown;
    for (const art of this.leaving) this.destroyArt(art);
    this.destroyArt(this.shown.art);
    this.shown = undefined;
    const covered = this.covering;
    this.covering = undefined;
    this.replaceArt(setting, accent, false, covered);
  }

  private mark(cue: StageCue, delay = 0): void {
    const art = this.shown?.art;
    if (!art || this.hiding || !this.scene.isActive()) return;
    const still = prefersReducedMotion();
    if (cue === 'inject-arrived') {
      // Without motion the alert panel simply stays lit, a still equivalent of the pulse.
      if (still) art.alarms.forEach((alarm) => alarm.setAlpha(0.5));
      else this.flash(art.alarms, 0.6, 240, 1, delay);
    } else if (cue === 'text-arrived' && !still) {
      this.flash(art.screens, 0.14, 70, 2);
    }
  }

  private flash(
    targets: Phaser.GameObjects.Rectangle[],
    alpha: number,
    duration: number,
    repeat: number,
    delay = 0,
  ): void {
    if (targets.length === 0) return;
    this.tweens.killTweensOf(targets);
    targets.forEach((target) => target.setAlpha(0));
    this.governor.wakeFor(50);
    this.tweens.add({
      targets,
      alpha,
      delay,
      duration,
      yoyo: true,
      repeat,
      ease: 'Sine.easeInOut',
    });
  }

  private destroyArt(art: BuiltArt): void {
    this.tweens.killTweensOf([art.root, ...art.root.list, ...art.screens, ...art.alarms]);
    this.leaving.delete(art);
    art.root.destroy();
  }

  private clear(): void {
    for (const art of this.leaving) this.destroyArt(art);
    if (this.shown) this.destroyArt(this.shown.art);
    this.shown = undefined;
  }
}
