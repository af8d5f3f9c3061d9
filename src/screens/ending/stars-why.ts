// Why a play earned its stars, in words: read from core's rule (src/core/stars.ts: capOf,
// trackChoice, starsAt), never a rule of its own. "A risky choice: at most 2 stars."
import { capOf, choicesOf, startTrack, trackChoice, type Level, type Outcome } from '../../core';
import { t } from '../../services/i18n';

export function starsWhy(level: Level, trail: readonly string[], outcome: Outcome): string {
  const choices = choicesOf(level, trail);
  const caps = choices.map(capOf);
  const track = choices.reduce(trackChoice, startTrack());
  const reasons: string[] = [];
  if (caps.includes(0)) reasons.push(t('teach.stars.intimateImage'));
  else if (caps.includes(1)) reasons.push(t('teach.stars.harmsOthers'));
  else if (caps.includes(2)) reasons.push(t('teach.stars.risky'));
  if (track.victim) {
    // A victim's stars reward getting help; what they were pushed into costs nothing.
    reasons.push(t(track.helped ? 'teach.stars.victimHelped' : outcome === 'harmed' ? 'teach.stars.victimNotYet' : 'teach.stars.victimNoticed'));
    if (track.helped && outcome === 'harmed') reasons.push(t('teach.stars.harmed'));
  } else {
    if (outcome === 'recovered' && reasons.length === 0) reasons.push(t('teach.stars.recovered'));
    if (outcome === 'harmed') reasons.push(t('teach.stars.harmed'));
  }
  return reasons.length > 0 ? reasons.join(' ') : t('teach.stars.clean');
}
