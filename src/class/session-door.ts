// The title's way into the class-session screen (src/screens/class-session/), loaded only when the
// projector opens it: a screen imports no other screen, and a game with no hub never loads it.
export function openClassSession(options: { onPlay: () => void }): void {
  void import('../screens/class-session/session-screen').then((screen) => screen.openClassSession(options));
}
