// Where a finished play is recorded, decided once here rather than on the ending screen: a level
// tried from the studio is not recorded at all; a projected class play goes to the class's record
// for the debrief (no names, nothing about a student); a student's own play to their results.
import type { FinishedPlay, Level } from '../../core';
import { recordEnding } from '../../services/class-session';
import { savePlay } from '../../services/progress-store';

export interface PlayToRecord {
  /** The play as the engine finished it (src/core/finish.ts). */
  play: Pick<FinishedPlay, 'levelId' | 'ending' | 'score' | 'stars'>;
  /** The level, when it is known. */
  level: Pick<Level, 'title'> | undefined;
  projector: boolean;
  /** A try-out from the level studio. */
  trial?: boolean;
}

export type RecordKind = 'none' | 'class' | 'own';

export const recordKind = ({ level, projector, trial }: Pick<PlayToRecord, 'level' | 'projector' | 'trial'>): RecordKind =>
  trial ? 'none' : projector && level ? 'class' : 'own';

export function recordPlay(record: PlayToRecord): RecordKind {
  const kind = recordKind(record);
  const { level, play: { levelId, ending, score, stars } } = record;
  if (kind === 'class' && level) recordEnding({ levelId, levelTitle: level.title, title: ending.title, lessons: ending.lessons, help: ending.help });
  else if (kind === 'own') savePlay({ levelId, score, stars, endingId: ending.id });
  return kind;
}
