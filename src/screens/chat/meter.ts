// The safety meter: a bar whose zero is its middle on every level, filling right (safe) for a
// positive score and left (risky) for a negative one, as far as the level's best or worst score
// goes. A level's scores run from its worst to its best play (core's explore), which differ per
// level: a bar from worst to best put its zero at a different place on every level, and drew a
// "0" beside a half-full bar. The number is always shown beside it (the label above), so the
// bar's colour never carries meaning alone; the label also says how the score moves.
import { el } from '../shared/element';
import { t } from '../../services/i18n';

export class SafetyMeter {
  readonly element: HTMLElement;
  private readonly fill: HTMLElement;
  /** The score at either end of the bar: the level's best or worst, whichever is further from 0. */
  private readonly reach: number;

  constructor(bounds: { min: number; max: number }, score: number) {
    this.reach = Math.max(1, Math.abs(bounds.min), Math.abs(bounds.max));
    this.fill = el('span', { className: 'meter-fill' });
    this.element = el('div', { className: 'meter', attrs: { role: 'meter', 'aria-label': t('chat.score'), 'aria-valuemin': String(-this.reach), 'aria-valuemax': String(this.reach) } }, [
      el('span', { className: 'meter-end minus', text: '−', attrs: { 'aria-hidden': 'true' } }),
      this.fill,
      el('span', { className: 'meter-zero', attrs: { 'aria-hidden': 'true' } }),
      el('span', { className: 'meter-end plus', text: '+', attrs: { 'aria-hidden': 'true' } }),
    ]);
    this.set(score);
  }

  /** The share of the bar's half a score fills, signed: 1 is the level's best, −1 its worst (or beyond). */
  static share(score: number, reach: number): number {
    return Math.max(-1, Math.min(1, score / reach));
  }

  set(score: number): void {
    const share = SafetyMeter.share(score, this.reach);
    this.element.setAttribute('aria-valuenow', String(score));
    this.element.dataset.sign = share > 0 ? 'plus' : share < 0 ? 'minus' : 'zero';
    this.fill.style.width = `${Math.abs(share) * 50}%`;
  }
}
