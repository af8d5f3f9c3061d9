// Where a finished play is recorded, decided once here rather than on the ending screen: a level
// tried from the studio is not recorded at all; a projected class play goes to the class's record
// for the debrief (no names, nothing about a student); a student's own play to their results.
import type { Level, NodeOf, Stars } from '../core';
import { recordEnding } from '../services/class-session';
import { savePlay } from '../services/progress-store';

export interface FinishedPlay {
  levelId: string;
  /** The level, when it is known (it is, unless the catalog changed under the play). */
  level: Pick<Level, 'title'> | undefined;
  ending: NodeOf<'ending'>;
  score: number;
  stars: Stars;
  projector: boolean;
  /** A try-out from the level studio. */
  trial?: boolean;
}

export type RecordKind = 'none' | 'class' | 'own';

export const recordKind = ({ level, projector, trial }: Pick<FinishedPlay, 'level' | 'projector' | 'trial'>): RecordKind =>
  trial ? 'none' : projector && level ? 'class' : 'own';

export function recordPlay(play: FinishedPlay): RecordKind {
  const kind = recordKind(play);
  const { levelId, level, ending, score, stars } = play;
  if (kind === 'class' && level) recordEnding({ levelId, levelTitle: level.title, title: ending.title, lessons: ending.lessons, help: ending.help });
  else if (kind === 'own') savePlay({ levelId, score, stars, endingId: ending.id });
  return kind;
}
