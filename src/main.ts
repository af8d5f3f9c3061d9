// Entry point: catch every error first, then languages, then the game.
import './style.css';
import { installErrorScreen, showErrorScreen } from './dom/error-screen';
import { startGame } from './game';
import { initI18n } from './services/i18n';
import { applySettings } from './services/settings';

installErrorScreen();
applySettings();
initI18n()
  .then(() => startGame(document.getElementById('game')!))
  .catch(showErrorScreen);
