// Why a play earned its stars, in words: read from core's rule (capOf, starsFromCap in
// src/core/stars.ts), never a rule of its own. "A risky choice: at most 2 stars."
import { capOf, choicesOf, type Level, type Outcome } from '../../core';
import { t } from '../../services/i18n';

export function starsWhy(level: Level, trail: readonly string[], outcome: Outcome): string {
  const choices = choicesOf(level, trail);
  const caps = choices.map(capOf);
  const victim = choices.some((c) => c.victim);
  const reasons: string[] = [];
  if (caps.includes(1)) reasons.push(t('teach.stars.harmsOthers'));
  else if (caps.includes(2)) reasons.push(t(victim ? 'teach.stars.trapped' : 'teach.stars.risky'));
  if (outcome === 'recovered' && reasons.length === 0) reasons.push(t('teach.stars.recovered'));
  if (outcome === 'harmed') reasons.push(t(victim ? 'teach.stars.notYourFault' : 'teach.stars.harmed'));
  return reasons.length > 0 ? reasons.join(' ') : t('teach.stars.clean');
}
