// Faces in the DOM: an <img> for a character's avatar that appears as soon as the drawing code
// (src/art/avatars.ts, a lazily loaded chunk) has arrived; until then a soft round placeholder
// of the same size holds its place, so nothing moves. The face is decoration beside a name that
// is always in the text, so its alt is empty unless the caller gives one.
import './art.css';
import { load, save } from '../services/storage';
import { lookOf, PLAYER_LOOKS, type FaceLook } from './avatar-looks';
import { iconUri } from './icons';

type Avatars = typeof import('./avatars');
let loading: Promise<Avatars> | undefined;

/** Starts loading the drawing code (idempotent); the title calls it once it is on screen. */
export const loadAvatars = (): Promise<Avatars> => (loading ??= import('./avatars'));

/** A face <img> for a look; `className` sizes it (e.g. "face face-small"). */
export function faceImage(look: FaceLook, options: { className?: string; alt?: string } = {}): HTMLImageElement {
  const img = document.createElement('img');
  img.className = options.className ?? 'face';
  img.alt = options.alt ?? '';
  img.decoding = 'async';
  img.draggable = false;
  img.dataset.seed = look.seed;
  if (look.icon) {
    img.src = iconUri(look.icon); // an app or a crowd is not a person: no face
    img.classList.add('icon-face');
    return img;
  }
  void loadAvatars()
    .then((avatars) => avatars.avatarDataUri(look))
    .then((src) => {
      img.src = src;
    });
  return img;
}

/** A character's face (its look, else its id). */
export const characterFace = (character: { id: string; look?: FaceLook | undefined }, options?: { className?: string; alt?: string }) =>
  faceImage(lookOf(character), options);

const PLAYER_KEY = 'avatar';

/** The player's chosen face (kept on this device only), or the first of the choices. */
export function playerLook(): (typeof PLAYER_LOOKS)[number] {
  const id = load(PLAYER_KEY);
  return PLAYER_LOOKS.find((l) => l.id === id) ?? PLAYER_LOOKS[0]!;
}

/** Keeps the player's choice of face on this device; false for an unknown id or full storage. */
export const setPlayerLook = (id: string): boolean => PLAYER_LOOKS.some((l) => l.id === id) && save(PLAYER_KEY, id);
