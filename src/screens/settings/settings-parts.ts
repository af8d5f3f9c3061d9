// The art's two parts of the settings screen: the player's face, chosen once from a handful of
// drawn faces (no photo, nothing personal, kept on this device), and "About and credits", the
// short form of CREDITS.md that the font's, Twemoji's and DiceBear's licences ask for.
import { button, el } from '../shared/element';
import { t } from '../../services/i18n';
import { PLAYER_LOOKS } from '../../art/avatar-looks';
import { faceImage, playerLook, setPlayerLook } from '../../art/faces';

/** A row of face buttons, the chosen one pressed; `chosen` runs after a new face is kept. */
export function avatarSetting(chosen: () => void): HTMLElement {
  const current = playerLook().id;
  const label = t('art.avatar');
  return el('div', { className: 'setting avatar-setting', attrs: { role: 'group', 'aria-label': label, 'data-key': 'avatar' } }, [
    el('p', { className: 'label', text: label, attrs: { 'aria-hidden': 'true' } }),
    el(
      'div',
      { className: 'options faces' },
      PLAYER_LOOKS.map((look, i) => {
        const b = button('', () => {
          if (setPlayerLook(look.id)) chosen();
        }, 'btn option face-option');
        b.setAttribute('aria-label', t('art.avatarOption', { n: i + 1 }));
        b.setAttribute('aria-pressed', String(look.id === current));
        b.append(faceImage(look, { className: 'face face-small' }));
        return b;
      }),
    ),
  ]);
}

/** "About and credits", folded: the licences in four lines. */
export function creditsDetails(): HTMLElement {
  return el('details', { className: 'credits' }, [
    el('summary', { text: t('art.about') }),
    el('ul', {}, (['art.creditFont', 'art.creditFaces', 'art.creditEmoji', 'art.creditPictures'] as const).map((key) => el('li', { text: t(key) }))),
  ]);
}
