// The parts of a consequence screen, in the order a 12-year-old reads them: the real person's story
// (two sentences) and one big takeaway first; the law behind "See the law"; then what happened in
// the real case, what prosecutors did, facts from other sources each under its own heading and
// source. An actor's screen may end on the age rule; a victim's screen is a support screen headed
// "This is not your fault": what the law did to the offender, the next safe step and who to tell,
// and no liability or age-rule section (the checker refuses one, src/core/check-level.ts).
import type { HelpChannel, Law, NodeOf } from '../../core';
import { helpById, lawById } from '../../content/registry';
import { el } from '../shared/element';
import { local, t } from '../../services/i18n';

export interface ConsequenceParts {
  heading: string;
  /** The story and the takeaway: always shown first. */
  lead: HTMLElement;
  /** The law, folded behind its button on a student's screen; its own page when projected. */
  law: HTMLElement;
  /** The rest, one page each when projected. */
  pages: HTMLElement[];
  /** A victim's next safe step and who to tell: atop the right column on a student's screen, the third page projected. */
  support?: HTMLElement;
}

/** The level's own lookups (its registry additions first), where the caller has them. */
export interface Lookups {
  laws(ids: readonly string[]): Law[];
  help(ids: readonly string[]): HelpChannel[];
}

const sharedLookups: Lookups = {
  laws: (ids) => ids.flatMap((id) => lawById(id) ?? []),
  help: (ids) => ids.flatMap((id) => helpById(id) ?? []),
};

const section = (className: string, heading: string, children: (Node | null)[]) =>
  el('div', { className: `page ${className}` }, [el('h3', { text: heading }), ...children]);

export function consequenceParts(node: NodeOf<'consequence'>, lookups: Lookups = sharedLookups): ConsequenceParts {
  const victim = node.perspective === 'victim';
  const laws = lookups.laws(node.laws);
  const lead = el('div', { className: 'page lead' }, [
    node.story ? el('p', { className: 'story', text: local(node.story) }) : null,
    node.takeaway ? el('p', { className: 'takeaway', text: local(node.takeaway) }) : null,
  ]);
  const law = el('div', { className: 'page law', attrs: { id: 'consequence-law' } }, [
    el('h3', { text: t('consequence.law') }),
    el('ul', { className: 'laws' }, laws.map((item) =>
      el('li', {}, [
        el('span', { className: 'law-name', text: t('consequence.lawLine', { law: local(item.law), article: local(item.article), name: local(item.name) }) }),
        el('span', { text: local(item.summary) }),
        item.penalty ? el('span', { className: 'penalty', text: `${t('consequence.penalty')}${local(item.penalty)}` }) : null,
      ]),
    )),
  ]);
  const pages: HTMLElement[] = [
    section('happened', victim ? t('teach.consequence.offender') : t('consequence.happened'), [el('p', { text: local(node.happened) })]),
    section('prosecutors', t('consequence.prosecutors'), [el('p', { text: local(node.prosecutors) })]),
    ...(node.facts ?? []).map((fact) =>
      section('fact', local(fact.heading), [
        el('p', { text: local(fact.text) }),
        el('p', { className: 'fact-source', text: t('teach.consequence.source', { source: local(fact.source) }) }),
      ]),
    ),
  ];
  let support: HTMLElement | undefined;
  if (victim) {
    const channels = lookups.help(node.help ?? []);
    support = (
      section('next-step', t('teach.consequence.nextStep'), [
        node.nextStep ? el('p', { className: 'next', text: local(node.nextStep) }) : null,
        el('h3', { text: t('teach.consequence.tell') }),
        el('ul', { className: 'tell' }, channels.map((h) =>
          el('li', {}, [el('strong', { text: local(h.contact) }), el('span', { text: ` ${local(h.name)}` })]),
        )),
      ])
    );
  } else if (node.ageRule) {
    pages.push(section('age', t('consequence.age'), [el('p', { text: local(node.ageRule) })]));
  }
  return { heading: victim ? t('teach.consequence.victimHeading') : t('consequence.heading'), lead, law, pages, ...(support ? { support } : {}) };
}

