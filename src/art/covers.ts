// Pictures in the DOM: a level's cover and the consequence screen's case file as <img>, their
// drawing filled in when the lazily loaded pictures (src/art/pictures.ts) arrive. A placeholder
// of the picture's shape holds the place meanwhile. Decoration: empty alt.
import './art.css';

type Pictures = typeof import('./pictures');
let loading: Promise<Pictures> | undefined;
export const loadPictures = (): Promise<Pictures> => (loading ??= import('./pictures'));

function picture(className: string, fill: (p: Pictures) => string): HTMLImageElement {
  const img = document.createElement('img');
  img.className = className;
  img.alt = '';
  img.decoding = 'async';
  img.draggable = false;
  void loadPictures().then((p) => {
    img.src = fill(p);
  });
  return img;
}

/** A level's cover (320×180), sized by its class (CSS: .cover). */
export const coverImage = (levelId: string, className = 'cover'): HTMLImageElement => picture(className, (p) => p.coverUri(levelId));

/** The case-file picture of a consequence screen (240×180). */
export const caseFileImage = (className = 'case-file'): HTMLImageElement => picture(className, (p) => p.caseFileUri());
