// The show-of-hands check as a step of the lesson plan: before the levels and after them, each a
// line with its time and a button that projects it (src/screens/quiz/hands.ts): the plan shows
// it, and the quiz screen runs it.
import type Phaser from 'phaser';
import type { HandsRound } from '../../content/quiz-hands';
import { t } from '../../services/i18n';
import { button, el } from '../shared/element';
import { SceneKey } from '../shared/scene-keys';

/** Minutes a round of the show of hands takes a class (four messages, two counts each). */
export const HANDS_MINUTES = 3;

export function handsStep(scene: Phaser.Scene, round: Extract<HandsRound, 'before' | 'after'>): HTMLElement {
  const label = el('span', { text: t(`plan.hands.${round}`, { n: HANDS_MINUTES }), attrs: { id: `plan-hands-${round}` } });
  const go = button(t('plan.hands.project'), () => scene.scene.start(SceneKey.Quiz, { hands: round }), 'btn hands-go');
  go.setAttribute('aria-describedby', label.id);
  return el('p', { className: `hands-step hands-${round}` }, [label, go]);
}
