// Builds the speaker notes for a level: the law it cites, its case, the help lines and the
// facilitator's guidance (a disclosure, a sensitive level, the booster), plus what the screen shows now.
import type { Level, LocalText } from '../core';
import type { SpeakerNotes } from '../services/notes-channel';
import { caseByNumber, helpById, lawById } from './registry';
import { facilitatorLines } from './facilitator-guidance';

const both = (make: (lang: 'zh-CN' | 'en') => string): LocalText => ({ 'zh-CN': make('zh-CN'), en: make('en') });

export function speakerNotes(level: Level, heading: LocalText, now: Pick<SpeakerNotes, 'discussion' | 'choices' | 'readAloud' | 'objectives' | 'detail'>): SpeakerNotes {
  const lawIds = [...new Set(level.nodes.flatMap((n) => (n.type === 'consequence' ? n.laws : [])))];
  const laws = lawIds.map((id) => lawById(id, level)).filter((l) => l !== undefined);
  const helpIds = [...new Set(level.nodes.flatMap((n) => (n.type === 'ending' ? n.help : [])))];
  const help = helpIds.map((id) => helpById(id, level)).filter((h) => h !== undefined);
  const realCase = caseByNumber(level.case, level);
  return {
    level: level.title,
    heading,
    ...now,
    laws: laws.map((l) => both((lang) => `${l.law[lang]} ${l.article[lang]} · ${l.name[lang]}${l.penalty ? `: ${l.penalty[lang]}` : ''}`)),
    caseLine: realCase ? both((lang) => `${realCase.title[lang]} · ${realCase.place[lang]} · ${realCase.released}`) : both(() => ''),
    // The help channels, then what to do if a student discloses abuse, and the booster reminder.
    help: [...help.map((h) => both((lang) => `${h.contact[lang]} ${h.name[lang]}: ${h.use[lang]}`)), ...facilitatorLines(level)],
  };
}

/** The notes during the briefing: the content note to read aloud now (if the level has one) and the objectives. */
export function briefingNotes(level: Level): SpeakerNotes {
  return speakerNotes(level, level.title, {
    ...(level.contentNote ? { readAloud: level.contentNote } : {}),
    objectives: [...level.objectives],
  });
}
