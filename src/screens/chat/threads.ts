// The phone's chats: one log per conversation, as a phone keeps them. The story says which
// conversation each line belongs to (a message's or a choice's "conversation", ../../core/story.ts);
// this keeps a list of lines per conversation, shows one of them under its header, counts what is
// unread in the others, and drops a banner down when one of them speaks ("Mum: dinner's ready"),
// instead of running Mum's line on inside someone else's chat. A chats button in the header opens
// the list of chats, as a phone's back arrow does. Levels without conversations have one chat,
// headed by their first contact.
import type { Conversation, Level } from '../../core';
import { el } from '../shared/element';
import { local, t } from '../../services/i18n';
import { Timeout } from '../../services/clock';
import { characterFace } from '../../art/faces';
import { conversationHead } from '../../art/screen-art';

/** The key of the one chat of a level without conversations. */
const ONLY = '';

interface Thread {
  conversation: Conversation | undefined;
  lines: HTMLOListElement;
  unread: number;
  /** The last line's words, for the chat list and the banner. */
  last: string;
}

export interface ThreadsState {
  shown: string;
  unread: [string, number][];
}

/** How long a banner stays on a player's screen; projected it stays until the next line. */
const BANNER_MS = 6000;

export class Threads {
  /** Header, log and list, in the order the screen mounts them. */
  readonly head: HTMLElement;
  readonly log: HTMLElement;
  readonly banner: HTMLButtonElement;
  /** The list of chats, laid over the log while open. */
  readonly list: HTMLElement;
  private readonly chatsButton: HTMLButtonElement;
  private readonly title: HTMLElement;
  private readonly threads = new Map<string, Thread>();
  private shownId = ONLY;
  private readonly bannerTimer = new Timeout();
  private scrollQueued = false;

  constructor(
    private readonly level: Pick<Level, 'characters' | 'conversations'>,
    private readonly projector: boolean,
  ) {
    this.title = el('span', { className: 'thread-title' });
    this.chatsButton = el('button', { className: 'chats', attrs: { type: 'button', 'aria-expanded': 'false' }, onClick: () => this.toggleList() });
    this.head = el('div', { className: 'phone-head' }, [this.chatsButton, this.title]);
    // The scrolling log is focusable so keyboard users can scroll back through the chat.
    this.log = el('div', { className: 'log scroll no-fade', attrs: { role: 'log', 'aria-label': t('chat.log'), tabindex: '0' } });
    this.list = el('nav', { className: 'thread-list', attrs: { 'aria-label': t('threads.list') } });
    this.list.hidden = true;
    this.banner = el('button', { className: 'thread-banner', attrs: { type: 'button' } });
    this.banner.hidden = true;
    const contact = level.characters.find((c) => c.role === 'contact');
    this.thread(ONLY);
    for (const conversation of level.conversations ?? []) this.thread(conversation.id).conversation = conversation;
    this.title.replaceChildren(...(contact ? [characterFace(contact, { className: 'face face-head' }), local(contact.name)] : []));
    this.updateChats();
  }

  /** The conversation shown, for a step back. */
  get shown(): string {
    return this.shownId;
  }

  /** The lines of the conversation shown (the end-to-end tests read the chat from here). */
  get shownLines(): HTMLOListElement {
    return this.thread(this.shownId).lines;
  }

  /**
   * The story moved to `conversation`. `brief`: it comes back to the chat shown before the next
   * decision (Mum's one line in the middle of a chat): its lines arrive as a banner and an unread
   * count, and the phone stays where it is.
   */
  switchTo(conversation: Conversation, brief: boolean): void {
    this.thread(conversation.id).conversation = conversation;
    if (!brief || this.shownId === ONLY) this.show(conversation.id);
  }

  /** What a step back or a redraw puts back: the chat shown and the unread counts. */
  get state(): ThreadsState {
    return { shown: this.shownId, unread: [...this.threads].filter(([, th]) => th.unread > 0).map(([id, th]) => [id, th.unread]) };
  }

  restore(state: ThreadsState): void {
    this.show(state.shown);
    for (const [id, thread] of this.threads) thread.unread = state.unread.find(([key]) => key === id)?.[1] ?? 0;
    this.updateChats();
  }

  /**
   * Adds a line to its conversation's log; `words` is how the chat list and a banner quote it
   * ("Mum: dinner's ready"); `quiet` when the chat is being drawn again (no banner).
   */
  add(conversationId: string | undefined, line: HTMLElement, words: string, quiet = false): void {
    const id = conversationId ?? (this.threads.has(this.shownId) ? this.shownId : ONLY);
    const thread = this.thread(id);
    thread.lines.append(line);
    thread.last = words;
    if (id === this.shownId) {
      if (!quiet && this.projector) this.hideBanner(); // the hall has moved on
      this.scrollToLatest();
    } else {
      thread.unread += 1;
      if (!quiet) this.showBanner(id, thread);
    }
    this.updateChats();
  }

  /** Shows a conversation's log under its header; its lines are read. */
  show(id: string): void {
    const thread = this.thread(id);
    this.shownId = id;
    thread.unread = 0;
    for (const [key, other] of this.threads) other.lines.hidden = key !== id;
    this.closeList();
    if (this.banner.dataset.thread === id) this.hideBanner();
    const conversation = thread.conversation;
    if (conversation) {
      // The kind of app, as a look (chat.css, [data-app]) and in words; a group also says how many are in it.
      this.head.dataset.app = conversation.app;
      this.log.dataset.app = conversation.app;
      const kind = el('span', { className: 'sr-only', text: t(`chatLine.app.${conversation.app}`) });
      const members = conversation.app === 'group' ? el('span', { className: 'members', text: t('chatLine.members', { count: conversation.members.length }) }) : null;
      this.title.replaceChildren(kind, ...conversationHead(this.level, conversation, local(conversation.title)), members ?? '');
    }
    this.updateChats();
    this.scrollToLatest();
  }

  private thread(id: string): Thread {
    let thread = this.threads.get(id);
    if (!thread) {
      thread = { conversation: undefined, lines: el('ol', { className: 'lines' }), unread: 0, last: '' };
      thread.lines.dataset.thread = id;
      thread.lines.hidden = id !== this.shownId;
      // Its lines grow when a face arrives or the text size changes: the newest stays in view.
      const lines = thread.lines;
      new ResizeObserver(() => lines.hidden || this.scrollToLatest()).observe(lines);
      this.threads.set(id, thread);
      this.log.append(thread.lines);
    }
    return thread;
  }

  /** The chats that have a line, or are shown: the list's entries. */
  private known(): [string, Thread][] {
    return [...this.threads].filter(([id, thread]) => thread.conversation && (id === this.shownId || thread.lines.childElementCount > 0));
  }

  /** The chats button: hidden while there is one chat; else the unread count, in its name too. */
  private updateChats(): void {
    const known = this.known();
    const unread = known.reduce((sum, [, thread]) => sum + thread.unread, 0);
    this.chatsButton.hidden = known.length < 2;
    const badge = unread > 0 ? [el('span', { className: 'badge', text: String(unread), attrs: { 'aria-hidden': 'true' } })] : [];
    this.chatsButton.replaceChildren(el('span', { className: 'back', text: '‹', attrs: { 'aria-hidden': 'true' } }), ...badge);
    this.chatsButton.setAttribute('aria-label', unread > 0 ? t('threads.openUnread', { n: unread }) : t('threads.open'));
    if (!this.list.hidden) this.fillList();
  }

  private toggleList(): void {
    if (this.list.hidden) {
      this.hideBanner(); // the list shows what it said
      this.fillList();
      this.list.hidden = false;
      this.chatsButton.setAttribute('aria-expanded', 'true');
      this.list.querySelector('button')?.focus({ preventScroll: true });
    } else this.closeList();
  }

  private closeList(): void {
    this.list.hidden = true;
    this.chatsButton.setAttribute('aria-expanded', 'false');
  }

  /** One button per chat: its face or faces, its title, its last line and what is unread. */
  private fillList(): void {
    const entries = this.known().map(([id, thread]) => {
      const conversation = thread.conversation!;
      const title = local(conversation.title);
      return el('li', {}, [
        el('button', { className: id === this.shownId ? 'thread current' : 'thread', attrs: { type: 'button', ...(id === this.shownId ? { 'aria-current': 'true' } : {}) }, onClick: () => this.show(id) }, [
          el('span', { className: 'thread-name' }, conversationHead(this.level, conversation, title)),
          el('span', { className: 'thread-last', text: thread.last }),
          thread.unread > 0 ? el('span', { className: 'badge', text: String(thread.unread), attrs: { 'aria-label': t('threads.unread', { n: thread.unread }) } }) : null,
        ]),
      ]);
    });
    this.list.replaceChildren(el('h2', { text: t('threads.list') }), el('ul', {}, entries));
  }

  /** A banner at the phone's top: who wrote, in which chat, and the words; pressing it opens the chat. */
  private showBanner(id: string, thread: Thread): void {
    const conversation = thread.conversation;
    const title = conversation ? local(conversation.title) : '';
    this.banner.dataset.thread = id;
    this.banner.replaceChildren(
      el('span', { className: 'banner-from' }, conversation ? conversationHead(this.level, { ...conversation, members: conversation.members.slice(0, 2) }, title) : [title]),
      el('span', { className: 'banner-text', text: thread.last }),
    );
    this.banner.setAttribute('aria-label', t('threads.banner', { title, text: thread.last }));
    this.banner.onclick = () => this.show(id);
    this.banner.hidden = false;
    this.bannerTimer.clear();
    if (!this.projector) this.bannerTimer.set(BANNER_MS, () => this.hideBanner());
  }

  private hideBanner(): void {
    this.bannerTimer.clear();
    this.banner.hidden = true;
    delete this.banner.dataset.thread;
  }

  /**
   * Keeps the newest line in view. Reading the log's height right after adding a line forces a
   * layout of the whole screen there and then; in the next frame's callback it costs nothing extra,
   * as the frame lays the screen out anyway, and several lines cost one layout, not one each.
   */
  private scrollToLatest(): void {
    if (this.scrollQueued) return;
    this.scrollQueued = true;
    requestAnimationFrame(() => {
      this.scrollQueued = false;
      this.log.scrollTop = this.log.scrollHeight;
    });
  }

  /** Stops the banner's timer when the screen goes. */
  destroy(): void {
    this.bannerTimer.clear();
  }
}
