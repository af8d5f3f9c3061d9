// The projector's class-session screen, opened from the title when a hub served the page: start a
// session (live or self-paced), show the join address, the code, a QR code and how many devices
// joined; in self-paced mode the teacher's dashboard; the summary to download; the end.
// A layer over the game (not a Phaser scene), so it stays the same whatever screen is under it.
import { hubInfo } from '../../class/client';
import { claimHostSession, forgetHostSession, hostSession, listSessions, startHostSession, type HostSession } from '../../class/host-session';
import { levelInfo } from '../../class/level-info';
import type { HostView, Mode, Notice, SeatStyle, Storage, Summary } from '../../class/protocol';
import { type LevelLookup, describePoint, decisionSplits, pointsByLevel, splitKey } from '../../class/points';
import { pointText, summaryCsv } from '../../class/summary-csv';
import { ct } from '../../class/ui-text';
import { checkWords } from '../../class/check-lines';
import { itemText } from '../../content/check-items';
import type { Level } from '../../core';
import { loadCatalog } from '../../content/level-catalog';
import { language, local } from '../../services/i18n';
import { button, el } from '../shared/element';
import { qrImage } from './qr';
import { printSummary } from './summary-page';
import './class-session.css';
import { clock, today } from '../../services/clock';

interface Options {
  /** Closes the layer and goes to the level list. */
  onPlay: () => void;
  /** The layer closed (Escape, or on to play). */
  onClose?: () => void;
}

export function openClassSession(options: Options): void {
  document.getElementById('class-session')?.remove();
  const body = el('div', { className: 'class-body' });
  const layer = el('div', { className: 'class-layer', attrs: { id: 'class-session', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'class-heading' } }, [
    el('div', { className: 'class-panel' }, [el('h1', { text: ct('heading'), attrs: { id: 'class-heading' } }), body]),
  ]);
  const unsubscribe: (() => void)[] = [];
  const close = () => {
    unsubscribe.forEach((f) => f());
    layer.remove();
    window.removeEventListener('keydown', onKey, true);
    options.onClose?.();
  };
  // The game's presenter keys must not act under this layer; Escape closes it.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
    event.stopPropagation();
  };
  window.addEventListener('keydown', onKey, true);
  document.body.append(layer);

  // The levels this game has, to show the dashboard's points and decisions in words.
  const levels = new Map<string, Level>();
  const lookup: LevelLookup = (id) => levels.get(id);
  let redraw = () => {};
  void loadCatalog().then((entries) => {
    for (const entry of entries) if (entry.parsed.ok) levels.set(entry.parsed.level.id, entry.parsed.level);
    redraw();
  });

  const session = hostSession();
  if (session) showSession(session);
  else showStart();

  function showStart() {
    const mode = radios('mode', [['live', ct('modeLive')], ['self', ct('modeSelf')]]);
    const seats = radios('seats', [['animal', ct('seatsAnimal')], ['number', ct('seatsNumber')]]);
    body.replaceChildren(
      el('p', { text: ct('intro') }),
      el('fieldset', {}, [el('legend', { text: ct('mode') }), mode.element]),
      el('fieldset', {}, [el('legend', { text: ct('seats') }), seats.element]),
      el('div', { className: 'class-actions' }, [
        button(ct('start'), () => showSession(startHostSession(mode.value() as Mode, seats.value() as SeatStyle)), 'btn btn-primary'),
        button(ct('close'), close),
      ]),
    );
    body.querySelector<HTMLElement>('input')?.focus();
    // On the hub's own PC: the sessions it holds, to return to one whose tab or PC was closed.
    void listSessions().then((list) => {
      if (!list || !body.isConnected || (!list.sessions.length && !list.damaged.length)) return;
      const open = list.sessions.filter((s) => !s.ended);
      body.append(
        el('section', { className: 'class-resume', attrs: { 'aria-label': ct('openSessions') } }, [
          el('h2', { text: ct('openSessions') }),
          ...(open.length
            ? [el('ul', {}, open.map((s) => el('li', {}, [
                button(ct('returnTo', { code: s.code, count: s.joined }), () => showSession(claimHostSession(s.code))),
                ...(s.level ? [el('span', { text: ` ${local(s.level.title)}` })] : []),
              ])))]
            : [el('p', { text: ct('none') })]),
          ...list.damaged.map((d) => el('p', { className: 'class-warning', text: ct('damagedFile', { file: d.file, kept: d.keptAs }) })),
        ]),
      );
    });
  }

  function showSession(session: HostSession) {
    const status = el('p', { className: 'class-link', text: ct('connecting'), attrs: { role: 'status' } });
    // Said at once and in words: the disk refusing, a file restored from its copy, another projector.
    const alert = el('div', { className: 'class-alerts', attrs: { role: 'alert' } });
    const away = el('div', { className: 'class-away' });
    const levelPick = el('div', { className: 'class-level' });
    const join = el('div', { className: 'class-join' });
    const count = el('p', { className: 'class-count', attrs: { 'aria-live': 'polite' } });
    const board = el('section', { className: 'class-board', attrs: { 'aria-label': ct('dashboard') } });
    const modeButton = button('', () => session.setMode(session.view?.mode === 'live' ? 'self' : 'live'));
    const playButton = button(ct('play'), () => (close(), options.onPlay()), 'btn btn-primary');
    let endButton: HTMLButtonElement;
    let removeButton: HTMLButtonElement;
    const actions = el('div', { className: 'class-actions' }, [
      playButton,
      modeButton,
      button(ct('csv'), () => void session.summary().then((summary) => downloadCsv(summary, lookup))),
      button(ct('print'), () => void session.summary().then((summary) => printSummary(summary, lookup))),
      (endButton = button(ct('end'), () => {
        if (!session.view?.ended && !window.confirm(ct('endConfirm'))) return;
        if (session.view?.ended) {
          forgetHostSession();
          showStart();
        } else session.end();
      })),
      (removeButton = button(ct('remove'), () => {
        if (!window.confirm(ct('removeConfirm'))) return;
        void session.remove().then((done) => {
          if (!done) return void (alert.textContent = ct('removeFailed'));
          forgetHostSession();
          showStart();
        });
      })),
      button(ct('close'), close),
    ]);
    removeButton.hidden = true;
    body.replaceChildren(status, alert, away, join, count, levelPick, actions, board);
    let shownCode = '';

    unsubscribe.push(session.onGone(showStart));
    unsubscribe.push(session.onAway((why) => {
      away.replaceChildren(...(why ? [
        el('p', { className: 'class-warning', text: ct(why === 'replaced' ? 'replaced' : 'elsewhere') }),
        button(ct('takeOver'), () => session.takeOver(), 'btn btn-primary'),
      ] : []));
    }));
    unsubscribe.push(session.client.onLink((link) => (status.textContent = link === 'open' ? '' : ct(link === 'lost' ? 'lost' : 'connecting'))));
    if (session.client.link === 'open') status.textContent = '';

    const render = (view: HostView) => {
      if (view.code !== shownCode) {
        shownCode = view.code;
        void showJoin(view.code);
      }
      count.textContent = view.ended ? ct('ended') : ct('joined', { count: view.joined, m: view.connected });
      modeButton.textContent = view.mode === 'live' ? ct('toSelf') : ct('toLive');
      modeButton.disabled = view.ended;
      endButton.textContent = view.ended ? ct('newSession') : ct('end');
      removeButton.hidden = !view.ended;
      playButton.disabled = view.ended;
      alert.replaceChildren(...alerts(view.storage, view.notices));
      if (view.mode === 'self' && !view.ended) showLevelPick(view);
      else levelPick.replaceChildren();
      board.replaceChildren(...(view.mode === 'self' ? dashboard(view, lookup) : []));
    };

    /** Self-paced: the level the devices open (their "Open the game" lands on it). */
    function showLevelPick(view: HostView) {
      const current = view.level?.levelId ?? '';
      const select = levelPick.querySelector('select');
      if (select && select.dataset.levels === String(levels.size)) {
        if (document.activeElement !== select) select.value = current;
        return;
      }
      const pick = el('select', { attrs: { id: 'class-level-pick', 'data-levels': String(levels.size) } }, [
        el('option', { text: ct('anyLevel'), attrs: { value: '' } }),
        ...[...levels.values()].map((level) => el('option', { text: local(level.title), attrs: { value: level.id } })),
      ]);
      pick.value = current;
      pick.addEventListener('change', () => {
        const level = levels.get(pick.value);
        session.setLevel(level ? levelInfo(level) : null);
      });
      levelPick.replaceChildren(el('label', { text: ct('levelPick'), attrs: { for: 'class-level-pick' } }), pick);
    }
    unsubscribe.push(session.onView(render));
    redraw = () => session.view && render(session.view);
    playButton.focus();

    async function showJoin(code: string) {
      const info = await hubInfo();
      const address = info?.addresses[0] ?? `${location.origin}/`;
      const link = `${address}?join=${code}`;
      join.replaceChildren(
        el('div', {}, [
          el('p', { className: 'class-label', text: ct('address') }),
          el('p', { className: 'class-address', text: address.replace(/\/$/, '') + '/?join' }),
          el('p', { className: 'class-label', text: ct('code') }),
          el('p', { className: 'class-code', text: code, attrs: { 'aria-label': `${ct('code')} ${code.split('').join(' ')}` } }),
          ...(info && info.addresses.length === 0 ? [el('p', { className: 'class-warning', text: ct('noNetwork') })] : []),
        ]),
        qrImage(link, ct('qr', { address: link })),
      );
    }
  }
}

/** What the teacher must know about the saved session, in words. */
function alerts(storage: Storage, notices: Notice[]): HTMLElement[] {
  return [
    ...(storage.ok ? [] : [el('p', { className: 'class-warning', text: ct('diskRefuses', { error: storage.error ?? '?', dir: storage.dir, count: storage.pending }) })]),
    ...notices.map((n) => el('p', { className: 'class-warning', text: ct(`notice.${n.kind}`, { detail: n.detail }) })),
  ];
}

function radios(name: string, choices: [string, string][]) {
  const inputs = choices.map(([value], i) => el('input', { attrs: { type: 'radio', name, value, id: `class-${name}-${value}`, ...(i === 0 ? { checked: '' } : {}) } }));
  const element = el('div', { className: 'class-radios' }, choices.map(([value, label], i) => el('label', { attrs: { for: `class-${name}-${value}` } }, [inputs[i]!, el('span', { text: label })])));
  return { element, value: () => inputs.find((i) => i.checked)?.value ?? choices[0]![0] };
}

/** The self-paced view, in the level's words: counts only; seats by number only when stuck, so the teacher can walk over. */
function dashboard(view: HostView, lookup: LevelLookup): HTMLElement[] {
  const d = view.dashboard;
  const lang = language();
  const levelTitle = (levelId: string, title: { 'zh-CN': string; en: string } | null) => (title ? local(title) : levelId);
  const list = (entries: [string, string][], className = '') =>
    entries.length ? el('ul', { className }, entries.map(([k, v]) => el('li', {}, [el('span', { text: k }), el('strong', { text: v })]))) : el('p', { text: ct('none') });
  const points = pointsByLevel(d.at, lookup);
  const splits = decisionSplits(d.splits, lookup);
  return [
    el('h2', { text: ct('dashboard') }),
    el('h3', { text: ct('atPoint') }),
    ...(points.length
      ? points.flatMap((group) => [
          el('h4', { text: levelTitle(group.levelId, group.title) }),
          list(group.points.map((p) => [pointText(p.label, lang), ct('devices', { count: p.devices })])),
        ])
      : [el('p', { text: ct('none') })]),
    el('h3', { text: ct('splits') }),
    list(splits.map((split) => [
      `${levelTitle(split.levelId, split.levelTitle)} · ${split.prompt ? local(split.prompt) : split.nodeId}`,
      split.options.map((o) => ct('choiceCount', { choice: o.text ? local(o.text) : o.id, n: o.devices })).join(' · '),
    ]), 'class-splits'),
    el('h3', { text: ct('stuck') }),
    el('p', { className: 'class-label', text: ct('stuckNote') }),
    d.stuck.length
      ? el('ul', {}, d.stuck.map((s) => {
          const [levelId, nodeId] = splitKey(s.point);
          // The label the student was shown ("You are: Alpaca"), so the teacher finds the right device.
          const seat = view.seats === 'animal' ? local(s.animal) : ct('seatNumber', { n: s.seat });
          return el('li', { text: ct('stuckLine', { seat, minutes: s.minutes, point: pointText(describePoint(lookup(levelId), nodeId), lang) }) });
        }))
      : el('p', { text: ct('none') }),
    el('h3', { text: ct('checks') }),
    ...checkParts(d.checks),
  ];
}

/** The learning check on the devices: each form, the change, what fooled the most devices (in their words). */
function checkParts(checks: HostView['dashboard']['checks']): HTMLElement[] {
  const words = checkWords(checks, language(), itemText);
  if (!words.lines.length) return [el('p', { text: ct('none') })];
  return [
    ...words.lines.map((line) => el('p', { text: line })),
    ...(words.missed.length ? [el('h4', { text: ct('check.missedHeading') }), el('ul', { className: 'class-missed' }, words.missed.map((m) => el('li', { text: m })))] : []),
  ];
}

function downloadCsv(summary: Summary, lookup: LevelLookup): void {
  const blob = new Blob([summaryCsv(summary, language(), lookup, itemText)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: `class-summary-${today().toISOString().slice(0, 10)}.csv` } });
  document.body.append(link);
  link.click();
  link.remove();
  clock().after(10_000, () => URL.revokeObjectURL(url));
}
