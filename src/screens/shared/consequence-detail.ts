// What a projected consequence leaves to the presenter (docs/layout.md): its three pages are the
// story and takeaway, the law, and what happens next and who helps; the rest of the real case goes
// to the speaker notes. Shared by the chat, which sends the notes, and the consequence screen.
import type { LocalText, NodeOf } from '../../core';
import { t } from '../../services/i18n';

/**
 * The third projected page is, for an actor, what prosecutors did and the age rule; for a victim,
 * the next safe step and who to tell. The rest of the real case, returned here, is the presenter's:
 * in the speaker notes, and on screen only on request (../consequence/consequence-scene.ts).
 */
export function consequenceDetail(node: NodeOf<'consequence'>): { heading: LocalText; text: LocalText }[] {
  const both = (key: 'consequence.prosecutors' | 'consequence.happened' | 'teach.consequence.offender'): LocalText => ({ 'zh-CN': t(key, { lng: 'zh-CN' }), en: t(key, { lng: 'en' }) });
  return [
    // A victim's story already says what the court did; the detail of it is the presenter's.
    ...(node.perspective === 'victim' ? [{ heading: both('teach.consequence.offender'), text: node.happened }, { heading: both('consequence.prosecutors'), text: node.prosecutors }] : [{ heading: both('consequence.happened'), text: node.happened }]),
    ...(node.facts ?? []).map((fact) => ({ heading: fact.heading, text: fact.text })),
  ];
}
