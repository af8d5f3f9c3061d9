// A student's device in a class session (the page at ?join): enter the code, get an anonymous seat,
// then vote at each decision the projector puts to the class (live) or open the game to play on
// this device (self-paced). Plain DOM, no game engine: it must be quick on an old phone.
import { HubClient, saveToken, savedToken } from '../../class/client';
import type { Seat, StudentRound, StudentView } from '../../class/protocol';
import { local } from '../../services/i18n';
import { el } from '../shared/element';
import { ct } from '../../class/ui-text';
import { shareOf } from '../../class/points';
import './class-session.css';

export function startStudentPage(): void {
  document.title = `${ct('joinHeading')} · ${ct('pageTitle')}`;
  document.querySelector('.splash')?.remove();
  const main = el('main', { attrs: { 'aria-labelledby': 'class-student-heading' } });
  const status = el('p', { className: 'class-link', attrs: { role: 'status' } });
  const page = el('div', { className: 'class-student' }, [main, status]);
  document.body.append(page);

  let seat: Seat | null = null;
  let view: StudentView | null = null;
  let joining = false;
  const code = new URLSearchParams(location.search).get('join') ?? '';

  const client = new HubClient(() => {
    const token = savedToken();
    return token ? { t: 'rejoin', token } : null;
  });
  client.onLink((link) => (status.textContent = link === 'open' ? '' : ct(link === 'lost' ? 'lost' : 'connecting')));
  client.on((m) => {
    if (m.t === 'joined') {
      saveToken(m.token);
      seat = m.seat;
    } else if (m.t === 'student.state') {
      view = m.view;
      render();
    } else if (m.t === 'error') {
      if (m.code === 'not-found' && !seat) {
        if (savedToken() && !joining) {
          saveToken(null); // the hub has forgotten this seat: join afresh
          showJoin(code, '');
        } else showJoin(code, ct('noSession'));
      } else if (m.code === 'closed' && !seat) showJoin(code, ct('thanks'));
      joining = false;
    }
  });

  if (savedToken()) status.textContent = ct('connecting');
  else showJoin(code, '');

  function showJoin(prefill: string, error: string) {
    const input = el('input', { attrs: { id: 'class-code', inputmode: 'numeric', autocomplete: 'off', maxlength: '6', pattern: '[0-9]{6}', value: prefill } });
    const message = el('p', { className: 'class-error', text: error, attrs: { role: 'alert' } });
    const form = el('form', {}, [
      el('label', { text: ct('code'), attrs: { for: 'class-code' } }),
      el('p', {}, [input]),
      message,
      el('button', { className: 'btn btn-primary', text: ct('join'), attrs: { type: 'submit' } }),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = input.value.replace(/\D/g, '');
      if (!/^\d{6}$/.test(value)) {
        message.textContent = ct('badCode');
        return;
      }
      joining = true;
      void client.send({ t: 'join', code: value }, 'join');
    });
    main.replaceChildren(el('h1', { text: ct('joinHeading'), attrs: { id: 'class-student-heading' } }), el('p', { text: ct('joinIntro') }), form);
    input.focus();
  }

  function render() {
    if (!seat || !view) return;
    const who = seat.style === 'animal' ? local(seat.animal) : ct('seatNumber', { n: seat.number });
    const head = [
      el('h1', { text: ct('youAre', { seat: who }), attrs: { id: 'class-student-heading' } }),
      el('p', { className: 'class-label', text: ct('anonymous') }),
      ...(view.level ? [el('p', { text: ct('level', { title: local(view.level.title) }) })] : []),
    ];
    if (view.ended) {
      main.replaceChildren(...head, el('p', { text: ct('thanks') }));
      saveToken(null);
      client.close();
      return;
    }
    if (view.mode === 'self') {
      // The game reports this device's progress itself (src/class/self-paced.ts), with the same token.
      // Straight to the teacher's level when there is one, not the title.
      const href = view.level ? `./?class&level=${encodeURIComponent(view.level.levelId)}` : './?class';
      const open = el('a', { className: 'btn btn-primary', text: ct('openGame'), attrs: { href } });
      main.replaceChildren(...head, el('p', { text: ct('selfIntro') }), open);
      return;
    }
    const round = view.round;
    main.replaceChildren(...head, ...(round ? roundView(round) : [el('p', { className: 'watch', text: ct('watch') })]));
  }

  function roundView(round: StudentRound): HTMLElement[] {
    const heading = el('h2', { text: local(round.prompt) });
    if (round.state === 'open') {
      const picks = new Set(round.mine);
      const buttons = round.options.map((option) => {
        const b = el('button', { className: 'option-button', text: local(option.text), attrs: { type: 'button', 'aria-pressed': String(picks.has(option.id)) } });
        b.addEventListener('click', () => {
          if (round.kind === 'decision') picks.clear();
          if (round.kind === 'signs' && picks.has(option.id)) picks.delete(option.id);
          else picks.add(option.id);
          round.mine = [...picks];
          buttons.forEach((other, i) => other.setAttribute('aria-pressed', String(picks.has(round.options[i]!.id))));
          // "Sent" only once the hub has it on disk; until then it is held and sent again on every reconnection.
          sent.textContent = ct('sending');
          void client.send({ t: 'vote', roundId: round.id, picks: [...picks] }, `vote:${round.id}`).then((answer) => {
            if (!answer || !sent.isConnected) return; // replaced by a later press
            sent.textContent = answer.t === 'ack' ? ct('sent') : ct('notSent', { reason: answer.t === 'error' ? answer.message : answer.t });
          });
        });
        return b;
      });
      const sent = el('p', { attrs: { role: 'status' }, text: round.mine.length ? ct('sent') : '' });
      return [heading, el('p', { text: ct(round.kind === 'decision' ? 'pickOne' : 'pickAny') }), el('ul', { className: 'options' }, buttons.map((b) => el('li', {}, [b]))), sent];
    }
    const counts = round.counts ?? [];
    const total = counts.reduce((a, b) => a + b, 0);
    const played = round.options.find((o) => o.id === round.played);
    return [
      heading,
      el('h3', { text: ct('results') }),
      el('ul', { className: 'options' }, round.options.map((option, i) =>
        el('li', { className: 'result' }, [
          el('span', { text: `${local(option.text)}${round.mine.includes(option.id) ? ` (${ct('yourPick')})` : ''}` }),
          el('span', { text: ct('votes', { count: counts[i] ?? 0 }) }),
          bar(shareOf(counts[i] ?? 0, total)),
        ]),
      )),
      ...(played ? [el('p', { className: 'played', text: ct('classPlays', { choice: local(played.text) }) })] : []),
      ...(round.state === 'closed' ? [el('p', { className: 'watch', text: ct('watch') })] : []),
    ];
  }
}

/** A bar as wide as its share (set through the style object: the CSP allows no style attribute). */
function bar(percent: number): HTMLElement {
  const span = el('span', { className: 'bar', attrs: { 'aria-hidden': 'true' } });
  span.style.width = `${percent}%`;
  return span;
}
