// A class session in projector mode: how the class voted at each decision and which endings it
// reached, kept on this computer only, for the debrief and the printed handout.
import type { Choice, LocalText } from '../core';
import { load, remove, save } from './storage';

export interface VoteRecord {
  levelId: string;
  levelTitle: LocalText;
  nodeId: string;
  prompt: LocalText;
  options: { id: string; text: LocalText; kind: Choice['kind']; votes: number }[];
  /** The choice the presenter played. */
  played: string;
}

export interface EndingRecord {
  levelId: string;
  levelTitle: LocalText;
  title: LocalText;
  lessons: LocalText[];
  help: string[];
}

export interface ClassSession {
  version: 1;
  votes: VoteRecord[];
  endings: EndingRecord[];
}

const KEY = 'class-session';
const empty = (): ClassSession => ({ version: 1, votes: [], endings: [] });

export function loadSession(): ClassSession {
  try {
    const data = JSON.parse(load(KEY) ?? 'null') as ClassSession | null;
    if (data?.version === 1 && Array.isArray(data.votes) && Array.isArray(data.endings)) return data;
  } catch {
    // An unreadable session starts afresh.
  }
  return empty();
}

export function recordVote(vote: VoteRecord): void {
  const session = loadSession();
  session.votes = [...session.votes.filter((v) => !(v.levelId === vote.levelId && v.nodeId === vote.nodeId)), vote];
  save(KEY, JSON.stringify(session));
}

export function recordEnding(ending: EndingRecord): void {
  const session = loadSession();
  session.endings = [...session.endings.filter((e) => e.levelId !== ending.levelId), ending];
  save(KEY, JSON.stringify(session));
}

export const clearSession = (): void => remove(KEY);
