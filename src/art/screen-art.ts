// The art as the screens use it, one call per place: a level's cover and cast on its card and
// briefing, completion and stars on its card, the face beside a chat line, and the loading of
// the pictures after the title. Everything here is decoration beside text that says the same
// (a name, "played", "2 of 3 stars"), so pictures have empty alt text.
import { levelProgress, type Level } from '../core';
import { el } from '../screens/shared/element';
import { t } from '../services/i18n';
import { whenIdle } from '../services/clock';
import { peekProgress } from '../services/progress-store';
import { coverImage, loadPictures } from './covers';
import { loadEmoji } from './emoji';
import { characterFace, faceImage, loadAvatars, playerLook } from './faces';

/** Loads the faces, pictures and emoji once the browser is idle after the title: then they are there when needed. */
export function preloadArt(): void {
  const load = () => void Promise.all([loadAvatars(), loadPictures(), loadEmoji()]).catch(() => undefined);
  whenIdle(load, 2000, 500);
}

/** A level's cover (its own for a shipped level, the generic one otherwise). */
export const levelCover = (level: Pick<Level, 'id'>, className = 'cover'): HTMLImageElement => coverImage(level.id, className);

/** The faces of the people the player meets in a level (contacts), at most `max`, in a row. */
export function castFaces(level: Pick<Level, 'characters'>, max = 4, className = 'face face-small'): HTMLElement {
  const contacts = level.characters.filter((c) => c.role === 'contact').slice(0, max);
  return el('span', { className: 'cast', attrs: { 'aria-hidden': 'true' } }, contacts.map((c) => characterFace(c, { className })));
}

/** "Played · ★★☆" or "Not played yet" for a level card, from the progress saved on this device. */
export function levelStatus(levelId: string): HTMLElement {
  const best = levelProgress(peekProgress(), levelId);
  if (!best) return el('span', { className: 'level-status', text: t('art.notDone') });
  const stars = el(
    'span',
    { className: 'stars', attrs: { role: 'img', 'aria-label': t('art.stars', { n: best.bestStars }) } },
    [0, 1, 2].map((i) => el('span', { className: i < best.bestStars ? 'star on' : 'star', text: '★' })),
  );
  return el('span', { className: 'level-status done' }, [el('span', { text: `✓ ${t('art.done')}` }), stars]);
}

/**
 * The face beside a chat line: the contact's own, the player's chosen one; none for the narrator,
 * system lines, or a speaker the level does not list.
 */
export function lineFace(level: Pick<Level, 'characters'>, from: string | undefined, role: string): HTMLImageElement | null {
  if (role === 'player') return faceImage(playerLook(), { className: 'face face-line' });
  if (role !== 'contact' || !from) return null;
  const who = level.characters.find((c) => c.id === from);
  return who ? characterFace(who, { className: 'face face-line' }) : null;
}

/**
 * The phone's header for a conversation: the other person's face before its title, or, for a
 * group, the first three members' faces overlapping.
 */
export function conversationHead(level: Pick<Level, 'characters'>, conversation: { title: Level['title']; app: string; members: readonly string[] }, title: string): (Node | string)[] {
  const others = conversation.members
    .map((id) => level.characters.find((c) => c.id === id))
    .filter((c) => c !== undefined && c.role === 'contact')
    .slice(0, conversation.app === 'group' ? 3 : 1);
  if (others.length === 0) return [title];
  const faces = el('span', { className: others.length > 1 ? 'head-faces group' : 'head-faces', attrs: { 'aria-hidden': 'true' } }, others.map((c) => characterFace(c!, { className: 'face face-head' })));
  return [faces, title];
}
