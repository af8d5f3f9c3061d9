// The icon of a manipulation technique (levels/registry/techniques.json names it by id): a Twemoji
// picture, so a PC without an emoji font draws it too. An icon id the game does not know gets the
// magnifier, so a new technique in the registry needs no code change to show.
import { emojiText } from '../../art/emoji';
import { el } from './element';

const ICONS: Readonly<Record<string, string>> = {
  mask: '🎭',
  gift: '🎁',
  lock: '🤫',
  coins: '💰',
  clock: '⏰',
  warning: '⚠️',
  'id-card': '🪪',
  crowd: '👥',
  blame: '🫵',
  badge: '👮',
  family: '👪',
  megaphone: '📢',
};

export const techniqueEmoji = (icon: string): string => ICONS[icon] ?? '🔍';

/** The icon as a decorative element: the technique's name beside it says what it is. */
export const techniqueIcon = (icon: string, className = 'technique-icon'): HTMLElement =>
  el('span', { className, attrs: { 'aria-hidden': 'true' } }, [emojiText(techniqueEmoji(icon))]);
