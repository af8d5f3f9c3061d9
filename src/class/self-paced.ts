// A student's device playing on its own in a self-paced session: the game tells the hub where the
// device is and how its learning check went. Does nothing unless the page came from a hub and this
// tab joined a session (it holds a seat token): the game plays as ever everywhere else.
import { HubClient, savedToken, servedByHub } from './client';
import { MAX_TRAIL, type Progress } from './protocol';

let client: HubClient | null = null;

function studentClient(): HubClient | null {
  if (client) return client;
  if (!servedByHub() || !savedToken()) return null;
  client = new HubClient(() => {
    const token = savedToken();
    return token ? { t: 'rejoin', token } : null;
  });
  return client;
}

interface StateLike {
  readonly levelId: string;
  readonly at: string;
  readonly status: 'choosing' | 'consequence' | 'ended';
  readonly trail: readonly string[];
}

/** Where this device is in a level: called by the chat after every step. */
export function reportProgress(state: StateLike): void {
  const hub = studentClient();
  if (!hub) return;
  const progress: Progress = { levelId: state.levelId, at: state.at, status: state.status === 'ended' ? 'ended' : 'playing', trail: state.trail.slice(-MAX_TRAIL) };
  void hub.send({ t: 'progress', progress }, 'progress'); // the latest replaces one not yet answered
}

/** A learning check finished on this device: form A before the lesson, B after; only the count right. */
export function reportCheck(form: 'A' | 'B', correct: number, total: number): void {
  const hub = studentClient();
  if (!hub || total < 1) return;
  void hub.send({ t: 'check', result: { form, correct: Math.min(correct, total), total } }, `check:${form}`);
}
