// The game's own pictures, drawn for it as flat SVG (no brands, nothing scary): a cover for each
// shipped level, a generic one for any other level, and the case file of the consequence screen.
// Loaded lazily (src/art/covers.ts) as data: addresses, so they cost the first screen nothing and
// travel inside the one-file build.
import { svgDataUri } from './svg-uri';
import bankCard from './pictures/bank-card.svg?raw';
import caseFile from './pictures/case-file.svg?raw';
import classVideo from './pictures/class-video.svg?raw';
import freeSkin from './pictures/free-skin.svg?raw';
import gameBoosting from './pictures/game-boosting.svg?raw';
import generic from './pictures/generic.svg?raw';
import groupPileOn from './pictures/group-pile-on.svg?raw';
import newFriend from './pictures/new-friend.svg?raw';
import payOrPost from './pictures/pay-or-post.svg?raw';
import secretTopUp from './pictures/secret-top-up.svg?raw';
import skinBan from './pictures/skin-ban.svg?raw';
import yearRumour from './pictures/year-rumour.svg?raw';


const COVERS: Record<string, string> = {
  'bank-card': bankCard,
  'game-boosting': gameBoosting,
  'new-friend': newFriend,
  'pay-or-post': payOrPost,
  'class-video': classVideo,
  'free-skin': freeSkin,
  'skin-ban': skinBan,
  'group-pile-on': groupPileOn,
  'secret-top-up': secretTopUp,
  'year-rumour': yearRumour,
};

/** A level's cover; a level the game did not ship (an imported one) gets the generic picture. */
export const coverUri = (levelId: string): string => svgDataUri(COVERS[levelId] ?? generic);
export const hasOwnCover = (levelId: string): boolean => levelId in COVERS;
export const caseFileUri = (): string => svgDataUri(caseFile);
