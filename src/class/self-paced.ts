// A student's device playing on its own in a self-paced session: the game tells the hub where the
// device is and how its learning check went. Does nothing unless the page came from a hub and this
// tab joined a session (it holds a seat token): the game plays as ever everywhere else.
import { stepKey, type TrailStep } from '../core/trail';
import { HubClient, savedToken, servedByHub } from './client';
import { type CheckForm, MAX_CHECK_ITEMS, MAX_TRAIL, type Progress } from './protocol';

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
  readonly trail: readonly TrailStep[];
}

/** Where this device is in a level: called by the chat after every step. */
export function reportProgress(state: StateLike): void {
  const hub = studentClient();
  if (!hub) return;
  const progress: Progress = { levelId: state.levelId, at: state.at, status: state.status === 'ended' ? 'ended' : 'playing', trail: state.trail.slice(-MAX_TRAIL).map(stepKey) };
  void hub.send({ t: 'progress', progress }, 'progress'); // the latest replaces one not yet answered
}

/**
 * A learning check finished on this device (form A before the lesson, B after, the booster later):
 * the count right and the ids of the items missed, no answers. Sent again until the hub has it on disk.
 */
export function reportCheck(result: { readonly form: CheckForm; readonly total: number; readonly missed: readonly string[] }): void {
  const hub = studentClient();
  const missed = [...new Set(result.missed)];
  if (!hub || result.total < 1 || result.total > MAX_CHECK_ITEMS || missed.length > result.total) return;
  void hub.send({ t: 'check', result: { form: result.form, correct: result.total - missed.length, total: result.total, missed } }, `check:${result.form}`);
}
