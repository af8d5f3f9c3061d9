// Spot the manipulation, in the chat: in "spot a sign" mode every contact message's phrases become
// buttons; the player flags a phrase before answering. Scoring is core's (spot, techniquesSpotted in
// src/core/spots.ts): a right spot earns points and unlocks the technique's card in the field guide,
// a harmless message flagged is a false alarm and costs a little, said kindly. Projected, the class
// calls out the sign and the presenter reveals it with S. After a choice, one short line names the
// technique met or missed; its plain explanation opens on request.
import {
  emptyTally, rate, spot, spotLine, techniquesAtDecision, verdictOf,
  type Choice, type Level, type LocalText, type NodeOf, type SpotLine, type SpotTally,
} from '../../core';
import { techniqueById } from '../../content/registry';
import { emojify } from '../../art/emoji';
import { language, local, t } from '../../services/i18n';
import { unlockTechnique } from '../../services/handbook-store';
import { el } from '../shared/element';
import { toast } from '../shared/toast';
import { techniqueIcon } from '../shared/technique-icon';
import { segmentsOf, WORDS, type Segment } from './segments';
import './spot-signs.css';

const LINE_CLASS: Record<SpotLine, string> = { met: 'met', sawIt: 'saw-it', missed: 'missed', atPlay: 'at-play' };

const techniqueName = (id: string): string => {
  const technique = techniqueById(id);
  return technique ? local(technique.name) : id;
};

interface Shown {
  node: NodeOf<'message'>;
  host: HTMLElement;
}

export class SpotSigns {
  tally: SpotTally = emptyTally();
  private active = false;
  private shown: Shown[] = [];
  private toggle!: HTMLButtonElement;
  private points!: HTMLElement;

  constructor(
    private readonly level: Level,
    private readonly projector: boolean,
  ) {}

  /** The mode switch and the points, for the chat's DOM layer (built again on each redraw). */
  bar(): HTMLElement {
    this.shown = [];
    this.toggle = el('button', { className: 'btn spot-toggle', attrs: { type: 'button', 'aria-pressed': String(this.active) }, onClick: () => this.setActive(!this.active) }, [
      el('span', { attrs: { 'aria-hidden': 'true' }, text: '🔍 ' }),
      el('span', { text: t('teach.spot.toggle') }),
    ]);
    emojify(this.toggle);
    this.points = el('strong', { text: String(this.tally.points) });
    const bar = el('div', { className: 'spot-bar' }, [
      this.projector ? el('p', { className: 'spot-key', text: t('teach.spot.projectorHint') }) : this.toggle,
      el('p', { className: 'spot-points' }, [el('span', { text: t('teach.spot.points') }), this.points]),
    ]);
    return bar;
  }

  private setActive(on: boolean): void {
    this.active = on;
    this.toggle.setAttribute('aria-pressed', String(on));
    for (const shown of this.shown) this.fill(shown);
    toast(t(on ? 'teach.spot.on' : 'teach.spot.off'), 3500);
    if (on) this.shown.at(-1)?.host.querySelector<HTMLButtonElement>('button.phrase')?.focus({ preventScroll: true });
  }

  /** The text of a contact's message, flaggable in spot mode. */
  text(nodeId: string, text: LocalText): HTMLElement {
    const host = el('span', { className: 'spot-text' });
    const node = this.level.nodes.find((n) => n.id === nodeId);
    if (node?.type !== 'message') {
      host.textContent = local(text);
      return host;
    }
    const shown = { node, host };
    this.shown.push(shown);
    this.fill(shown);
    return host;
  }

  private isFound(nodeId: string, index: number): boolean {
    return this.tally.hits.includes(`${nodeId}#${index}`);
  }

  /** Draws a message's text: phrases as buttons in spot mode, found signs marked either way. */
  private fill({ node, host }: Shown): void {
    const lang = language();
    const harmlessFlagged = this.tally.falseAlarms.includes(node.id);
    host.closest('.bubble')?.classList.toggle('flagged-harmless', harmlessFlagged);
    host.replaceChildren(
      ...segmentsOf(node, lang).map((segment) => {
        const found = segment.signIndex !== undefined && this.isFound(node.id, segment.signIndex);
        // Punctuation or an emoji alone is nothing to point at.
        if (this.active && !found && (segment.signIndex !== undefined || WORDS.test(segment.text))) {
          return el('button', { className: 'phrase', text: segment.text, attrs: { type: 'button' }, onClick: () => this.flag(node, segment) });
        }
        if (!found) return document.createTextNode(segment.text);
        const technique = node.signs![segment.signIndex!]!.technique;
        return el('mark', { className: 'spotted', attrs: { title: techniqueName(technique) } }, [
          segment.text,
          el('span', { className: 'sr-only', text: t('teach.spot.markedAs', { name: techniqueName(technique) }) }),
        ]);
      }),
    );
    emojify(host);
  }

  private flag(node: NodeOf<'message'>, segment: Segment): void {
    const { tally, result } = spot(this.level, this.tally, node.id, segment.signIndex);
    this.tally = tally;
    this.points.textContent = String(tally.points);
    const shown = this.shown.filter((s) => s.node.id === node.id);
    for (const s of shown) this.fill(s);
    switch (result.kind) {
      case 'hit': {
        const isNew = unlockTechnique(result.technique, this.level.id);
        toast(t(isNew ? 'teach.spot.hitNew' : 'teach.spot.hit', { name: techniqueName(result.technique), points: result.points }), 4500);
        break;
      }
      case 'false-alarm':
        toast(t('teach.spot.falseAlarm', { points: Math.abs(result.points) }), 4500);
        break;
      case 'near':
        toast(t('teach.spot.near'), 4000);
        break;
      default:
        toast(t('teach.spot.already'), 2500);
    }
    // Keep the keyboard in the message just flagged.
    shown.at(-1)?.host.querySelector<HTMLButtonElement>('button.phrase')?.focus({ preventScroll: true });
  }

  /** Presenter's S: marks the next sign not found yet in the messages on screen. False when none is left. */
  revealNext(): boolean {
    for (const shown of this.shown) {
      const signs = shown.node.signs ?? [];
      const index = signs.findIndex((_, i) => !this.isFound(shown.node.id, i));
      if (index < 0) continue;
      // The class found it: it counts as the class's spot.
      this.tally = spot(this.level, this.tally, shown.node.id, index).tally;
      this.points.textContent = String(this.tally.points);
      const technique = signs[index]!.technique;
      unlockTechnique(technique, this.level.id);
      this.fill(shown);
      shown.host.scrollIntoView({ block: 'nearest' });
      const explain = techniqueById(technique)?.explain;
      toast(`${t('teach.spot.revealed', { name: techniqueName(technique) })}${explain ? ` ${local(explain)}` : ''}`, 8000);
      return true;
    }
    toast(t('teach.spot.noneLeft'), 3000);
    return false;
  }

  /**
   * After a choice: one short line naming the technique at play, met (spotted before answering) or
   * missed, and its plain explanation folded away until asked for. Nothing for a decision without techniques.
   */
  feedback(decision: NodeOf<'choice'> | undefined, choice: Choice): HTMLElement[] {
    const at = decision?.techniques ?? [];
    if (!decision || at.length === 0) return [];
    const met = techniquesAtDecision(this.level, decision.id, this.tally).spotted;
    const named = met[0] ?? at[0]!;
    // Spotted and still caught: said kindly, never a warning beside a green "spotted" (core: spotLine).
    const which = spotLine(met.length > 0, verdictOf(rate(this.level, decision, choice)));
    const technique = techniqueById(named);
    const line = el('p', { className: `technique-line ${LINE_CLASS[which]}` }, [
      technique ? techniqueIcon(technique.icon) : null,
      el('span', { text: t(`teach.spot.${which}`, { name: techniqueName(named) }) }),
    ]);
    const more = el('details', { className: 'technique-more' }, [
      el('summary', { text: t('teach.spot.explain') }),
      el('ul', {}, at.flatMap((id) => {
        const tq = techniqueById(id);
        return tq ? [el('li', {}, [el('strong', { text: local(tq.name) }), el('span', { text: ` ${local(tq.explain)}` })])] : [];
      })),
    ]);
    return [line, more];
  }
}
