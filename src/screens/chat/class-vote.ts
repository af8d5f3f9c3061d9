// The class vote at a decision: the presenter counts hands for each option (+ / − or keys), a bar
// shows how the class split, then plays the majority or any choice.
import { button, el } from '../shared/element';
import { majorityOf, shares } from './vote-tally';
import './class-vote.css';

export interface VoteOption {
  text: string;
}

export interface VoteLabels {
  heading: string;
  votes: (n: number) => string;
  playThis: string;
  playMajority: string;
  hint: string;
}

export class ClassVote {
  readonly element: HTMLElement;
  readonly counts: number[];
  private selected = 0;
  private readonly rows: { row: HTMLElement; count: HTMLElement; fill: HTMLElement }[];

  constructor(
    prompt: string,
    options: readonly VoteOption[],
    private readonly labels: VoteLabels,
    private readonly play: (index: number) => void,
    counts?: readonly number[],
  ) {
    this.counts = options.map((_, i) => counts?.[i] ?? 0);
    this.rows = options.map((option, i) => {
      const count = el('span', { className: 'count', attrs: { 'aria-live': 'polite' } });
      const fill = el('span', { className: 'fill' });
      const row = el('li', { className: 'vote-row' }, [
        el('p', { className: 'option' }, [el('kbd', { text: String(i + 1) }), el('span', { text: option.text, attrs: { id: `vote-option-${i}` } })]),
        el('div', { className: 'tally' }, [
          el('span', { className: 'track', attrs: { 'aria-hidden': 'true' } }, [fill]),
          count,
          this.adjustButton('−', i, -1),
          this.adjustButton('+', i, 1),
          button(labels.playThis, () => play(i), 'btn play'),
        ]),
      ]);
      row.addEventListener('focusin', () => this.select(i));
      return { row, count, fill };
    });
    this.element = el('section', { className: 'class-vote', attrs: { 'aria-label': labels.heading } }, [
      el('p', { className: 'kicker', text: labels.heading }),
      el('h2', { text: prompt }),
      el('ol', { className: 'vote-rows' }, this.rows.map((r) => r.row)),
      el('div', { className: 'vote-actions' }, [button(labels.playMajority, () => this.playMajority(), 'btn btn-primary'), el('p', { className: 'hint', text: labels.hint })]),
    ]);
    this.refresh();
  }

  /** Keys 1–4 pick the option whose count + and − change. */
  select(index: number): void {
    if (index < 0 || index >= this.counts.length) return;
    this.selected = index;
    this.refresh();
  }

  adjust(delta: 1 | -1, index = this.selected): void {
    this.counts[index] = Math.max(0, (this.counts[index] ?? 0) + delta);
    this.refresh();
  }

  /** Counts from elsewhere (a class session's devices), shown as they come in. */
  setCounts(counts: readonly number[]): void {
    this.counts.forEach((_, i) => (this.counts[i] = Math.max(0, counts[i] ?? 0)));
    this.refresh();
  }

  /** The option with most votes; a tie goes to the first of them. */
  majority(): number {
    return majorityOf(this.counts);
  }

  playMajority(): void {
    this.play(this.majority());
  }

  private adjustButton(sign: '+' | '−', index: number, delta: 1 | -1): HTMLButtonElement {
    const b = button(sign, () => this.adjust(delta, index), 'btn adjust');
    b.setAttribute('aria-describedby', `vote-option-${index}`);
    return b;
  }

  private refresh(): void {
    const share = shares(this.counts);
    this.rows.forEach(({ row, count, fill }, i) => {
      count.textContent = this.labels.votes(this.counts[i] ?? 0);
      fill.style.width = `${share[i] ?? 0}%`;
      row.classList.toggle('selected', i === this.selected);
    });
  }
}
