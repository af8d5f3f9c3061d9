// Entry point: catch every error first, then languages, then the game.
import './screens/shared/base.css';
import { installErrorScreen, showErrorScreen } from './screens/shared/error-screen';
import { toast } from './screens/shared/toast';
import { installUpdatePrompt } from './screens/shared/update-prompt';
import { startGame } from './game';
import { servedByHub } from './class/hub-page';
import { applyPalette } from './screens/shared/palette';
import { startNotesPage } from './screens/notes/notes-page';
import { initAudio, toggleMute } from './services/audio';
import { initI18n, t } from './services/i18n';
import { applySettings, followOtherWindows, modeFromAddress } from './services/settings';

applyPalette(); // the colours' CSS custom properties, before anything is drawn
installErrorScreen();
modeFromAddress();
applySettings();
followOtherWindows();
initAudio(); // only listens for the first gesture: no sound before it

// M mutes and unmutes anywhere in the game.
window.addEventListener('keydown', (event) => {
  if (event.key.toLowerCase() !== 'm' || event.ctrlKey || event.metaKey || event.altKey) return;
  if ((event.target as HTMLElement | null)?.closest('input, textarea')) return;
  toast(t(toggleMute() ? 'sound.mutedToast' : 'sound.unmutedToast'));
});
const notesWindow = new URLSearchParams(location.search).has('notes');
// A student's device joining a class session (the hub's ?join address): a light page of its own.
const joinPage = new URLSearchParams(location.search).has('join') && servedByHub();
initI18n()
  .then(() =>
    notesWindow ? startNotesPage()
    : joinPage ? import('./screens/class-session/student-page').then((page) => page.startStudentPage())
    : startGame(document.getElementById('game')!),
  )
  .then(installUpdatePrompt) // offline play, and a prompt when a new version is deployed
  .catch(showErrorScreen);
