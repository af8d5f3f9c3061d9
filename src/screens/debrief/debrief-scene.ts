// The session debrief: how the class split at each decision, the lessons, the help channels; a
// one-page A4 handout and a certificate with a name typed at print time and never stored.
import Phaser from 'phaser';
import { EVERYDAY_HELP, sharedReferences } from '../../content/level-references';
import { button, el } from '../shared/element';
import { printOnly } from './print';
import { clearSession, loadSession, type ClassSession, type VoteRecord } from '../../services/class-session';
import { local, t } from '../../services/i18n';
import { focusFirst, mountScreen } from '../shared/screen';
import { findLevel } from '../shared/catalog';
import { hostSession } from '../../class/host-session';
import { decisionSplits, shareOf, type DecisionSplit, type LevelLookup } from '../../class/points';
import type { Dashboard, HostView } from '../../class/protocol';
import { checkLines, ct } from '../../class/ui-text';
import { SceneKey } from '../shared/scene-keys';
import './debrief.css';
import { badgeImage } from '../../art/badges';


export class DebriefScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Debrief);
  }

  create(): void {
    const session = loadSession();
    // A class session on the hub (npm run class): the devices' own answers. Live votes reach the
    // lesson's record through the chat's vote (its counts are the hub's); the self-paced splits and
    // the learning check come from the hub's dashboard, kept current while this screen is open.
    const lookup: LevelLookup = (id) => {
      const found = findLevel(this, id);
      return found?.ok ? found.level : undefined;
    };
    let answers: HubAnswers | null = null;
    const fromHub = el('div', { className: 'class-answers' });
    const name = el('input', { attrs: { id: 'certificate-name', type: 'text', autocomplete: 'off', maxlength: '40' } });
    const root = mountScreen(this, 'debrief-screen', [
      el('header', {}, [
        el('h1', { text: t('debrief.heading') }),
        button(t('debrief.print'), () => printOnly(handout(session, answers)), 'btn btn-primary'),
        button(t('common.back'), () => this.scene.start(SceneKey.Title)),
      ]),
      el('div', { className: 'body scroll', attrs: { tabindex: '0', 'aria-label': t('debrief.heading') } }, [
        ...summary(session, fromHub),
        el('section', { className: 'certificate-form', attrs: { 'aria-labelledby': 'certificate-heading' } }, [
          el('h2', { text: t('debrief.certificate'), attrs: { id: 'certificate-heading' } }),
          el('label', { text: t('debrief.name'), attrs: { for: 'certificate-name' } }),
          name,
          button(t('debrief.printCertificate'), () => {
            // The name goes to paper only: it is cleared after printing and never saved.
            printOnly(certificate(name.value.trim(), session));
            name.value = '';
          }),
          el('p', { className: 'note', text: t('debrief.nameNotStored') }),
        ]),
        button(t('debrief.clear'), () => {
          clearSession();
          this.scene.restart();
        }, 'btn clear'),
      ]),
    ]);
    const hub = hostSession();
    if (hub) {
      const stop = hub.onView((view) => {
        answers = hubAnswers(view, lookup);
        fromHub.replaceChildren(...classAnswers(answers));
        root.querySelector<HTMLElement>('.empty')?.toggleAttribute('hidden', fromHub.childElementCount > 0);
      });
      this.events.once('shutdown', stop);
    }
    focusFirst(root, 'h1');
  }
}

/** What the hub knows of the class's answers: the self-paced split at each decision, the learning check. */
interface HubAnswers {
  splits: DecisionSplit[];
  checks: Dashboard['checks'];
}

const hubAnswers = (view: HostView, lookup: LevelLookup): HubAnswers => ({ splits: decisionSplits(view.dashboard.splits, lookup), checks: view.dashboard.checks });

/** The hub's answers as the debrief shows them (and prints them): splits as bars, then the check. */
function classAnswers(answers: HubAnswers | null): HTMLElement[] {
  if (!answers) return [];
  const parts: HTMLElement[] = [];
  if (answers.splits.length) {
    parts.push(el('h2', { text: ct('debrief.selfHeading') }), el('ol', { className: 'splits' }, answers.splits.map(selfPacedSplit)));
  }
  const c = answers.checks;
  if (c.before.n + c.after.n > 0) {
    const lines = checkLines(c);
    parts.push(
      el('h2', { text: ct('debrief.checks') }),
      el('ul', { className: 'lessons' }, [lines.before, lines.after, ...(c.gain.n > 0 ? [lines.gain] : [])].map((line) => el('li', { text: line }))),
    );
  }
  return parts;
}

const selfPacedSplit = (split: DecisionSplit): HTMLElement =>
  splitItem(split.levelTitle ? local(split.levelTitle) : split.levelId, split.prompt ? local(split.prompt) : split.nodeId, split.options.map((o) => ({
    text: o.text ? local(o.text) : o.id,
    count: o.devices,
    played: false,
    share: (share: number) => ct('debrief.share', { n: o.devices, share }),
  })));

/** The debrief's content, used on screen and on paper; `fromHub` holds the hub's answers, if any. */
function summary(session: ClassSession, fromHub: HTMLElement): HTMLElement[] {
  if (session.votes.length === 0 && session.endings.length === 0) {
    const empty = el('p', { className: 'empty', text: t('debrief.empty') });
    empty.hidden = fromHub.childElementCount > 0;
    return [empty, fromHub];
  }
  const lessons = [...new Set(session.endings.flatMap((e) => e.lessons.map(local)))];
  const help = sharedReferences().help([...new Set([...session.endings.flatMap((e) => e.help), ...EVERYDAY_HELP])]);
  const parts: (HTMLElement | null)[] = [
    el('h2', { text: t('debrief.votes') }),
    session.votes.length > 0 ? el('ol', { className: 'splits' }, session.votes.map(voteSplit)) : el('p', { text: t('debrief.empty') }),
    fromHub,
    lessons.length > 0 ? el('h2', { text: t('debrief.lessons') }) : null,
    lessons.length > 0 ? el('ul', { className: 'lessons' }, lessons.map((l) => el('li', { text: l }))) : null,
    el('h2', { text: t('debrief.help') }),
    el('ul', { className: 'help-list' }, help.map((h) => el('li', {}, [el('strong', { text: local(h.contact) }), el('span', { text: ` ${t('debrief.helpUse', { name: local(h.name), use: local(h.use) })}` })]))),
  ];
  return parts.filter((e): e is HTMLElement => e !== null);
}

const voteSplit = (vote: VoteRecord): HTMLElement =>
  splitItem(local(vote.levelTitle), local(vote.prompt), vote.options.map((o) => ({
    text: `${local(o.text)}${o.id === vote.played ? ` ${t('debrief.played')}` : ''}`,
    count: o.votes,
    played: o.id === vote.played,
    share: (share: number) => t('debrief.share', { votes: o.votes, share }),
  })));

/** One decision's split as bars, for the class's votes and the devices' self-paced answers alike. */
function splitItem(level: string, prompt: string, rows: { text: string; count: number; played: boolean; share: (share: number) => string }[]): HTMLElement {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return el('li', { className: 'split' }, [
    el('p', { className: 'level', text: level }),
    el('h3', { text: prompt }),
    el('ul', {}, rows.map((row) => {
      const share = shareOf(row.count, total);
      const fill = el('span', { className: 'fill' });
      fill.style.width = `${share}%`;
      return el('li', { className: row.played ? 'played' : '' }, [
        el('span', { className: 'text', text: row.text }),
        el('span', { className: 'track', attrs: { 'aria-hidden': 'true' } }, [fill]),
        el('span', { className: 'share', text: row.share(share) }),
      ]);
    })),
  ]);
}

function handout(session: ClassSession, answers: HubAnswers | null): HTMLElement {
  const fromHub = el('div', { className: 'class-answers' }, classAnswers(answers));
  return el('article', { className: 'handout' }, [el('h1', { text: `${t('game.title')} · ${t('debrief.heading')}` }), ...summary(session, fromHub), el('p', { className: 'source', text: t('title.source') })]);
}

function certificate(name: string, session: ClassSession): HTMLElement {
  const levels = [...new Set([...session.endings.map((e) => local(e.levelTitle)), ...session.votes.map((v) => local(v.levelTitle))])];
  const parts: (HTMLElement | null)[] = [
    badgeImage('certificate'),
    el('p', { className: 'kicker', text: t('game.title') }),
    el('h1', { text: t('debrief.certificateTitle') }),
    el('p', { className: 'name', text: name || '＿＿＿＿＿＿' }),
    el('p', { text: t('debrief.certificateText') }),
    levels.length > 0 ? el('ul', {}, levels.map((l) => el('li', { text: l }))) : null,
    el('p', { className: 'help', text: t('debrief.certificateHelp') }),
  ];
  return el('article', { className: 'certificate' }, parts);
}
