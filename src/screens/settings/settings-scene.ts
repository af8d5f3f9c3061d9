// Settings, over whatever screen opened them: language, text size and motion (and sound). The
// screen underneath sleeps and redraws itself in the new language when it wakes.
import Phaser from 'phaser';
import type { Language } from '../../core';
import { button, el } from '../shared/element';
import { audioState, setHallPreset, setMuted, setVolume } from '../../services/audio';
import { language, setLanguage, t } from '../../services/i18n';
import { messageSpeed, projectorMode, reducedMotionChosen, setProjectorMode, setMessageSpeed, setReducedMotion, setTextSize, TEXT_SIZES, textSize, type MessageSpeed } from '../../services/settings';
import { focusFirst, mountScreen } from '../shared/screen';
import type { SettingsData } from '../shared/navigation';
import { SceneKey } from '../shared/scene-keys';
import { avatarSetting, creditsDetails } from './settings-parts';
import './settings.css';


/** A row of mutually exclusive options shown as toggle buttons. */
function optionGroup<T>(key: string, label: string, options: readonly { value: T; text: string; lang?: string }[], current: T, choose: (value: T) => void): HTMLElement {
  return el('div', { className: 'setting', attrs: { role: 'group', 'aria-label': label, 'data-key': key } }, [
    el('p', { className: 'label', text: label, attrs: { 'aria-hidden': 'true' } }),
    el('div', { className: 'options' }, options.map((o) => {
      const b = button(o.text, () => choose(o.value), 'btn option');
      b.setAttribute('aria-pressed', String(o.value === current));
      if (o.lang) b.lang = o.lang;
      return b;
    })),
  ]);
}

export class SettingsScene extends Phaser.Scene {
  private returnTo: string = SceneKey.Title;

  constructor() {
    super(SceneKey.Settings);
  }

  create({ returnTo, focus }: SettingsData): void {
    this.returnTo = returnTo;
    const refresh = (group: string) => this.scene.restart({ returnTo, focus: group } satisfies SettingsData);
    const root = mountScreen(this, 'settings-screen', [
      el('div', { className: 'card' }, [
        el('h1', { text: t('settings.heading') }),
        // The settings scroll between the heading and Done, so Done is on screen at any text size.
        el('div', { className: 'body scroll' }, [
          optionGroup<Language>('language', t('settings.language'), [
            { value: 'zh-CN', text: t('languageName.zh-CN'), lang: 'zh-CN' },
            { value: 'en', text: t('languageName.en'), lang: 'en' },
          ], language(), (value) => void setLanguage(value).then(() => refresh('language'))),
          optionGroup('text-size', t('settings.textSize'), TEXT_SIZES.map((size) => ({ value: size, text: `${size}%` })), textSize(), (size) => {
            setTextSize(size);
            refresh('text-size');
          }),
          optionGroup('motion', t('settings.motion'), [
            { value: false, text: t('settings.motionFull') },
            { value: true, text: t('settings.motionReduced') },
          ], reducedMotionChosen(), (on) => {
            setReducedMotion(on);
            refresh('motion');
          }),
          optionGroup('projector', t('settings.projector'), [
            { value: false, text: t('settings.projectorOff') },
            { value: true, text: t('settings.projectorOn') },
          ], projectorMode(), (on) => {
            setProjectorMode(on);
            refresh('projector');
          }),
          optionGroup<MessageSpeed>('speed', t('settings.speed'), [
            { value: 'normal', text: t('settings.speedNormal') },
            { value: 'fast', text: t('settings.speedFast') },
          ], messageSpeed(), (speed) => {
            setMessageSpeed(speed);
            refresh('speed');
          }),
          ...this.soundSettings(refresh),
          avatarSetting(() => refresh('avatar')),
          creditsDetails(),
        ]),
        el('div', { className: 'actions' }, [button(t('settings.done'), () => this.close(), 'btn btn-primary')]),
      ]),
    ]);
    this.input.keyboard?.on('keydown-ESC', () => this.close());
    focusFirst(root, focus ? `[data-key="${focus}"] [aria-pressed="true"]` : 'h1');
  }

  /** Sound on or off, its volume, and the louder preset for halls; nothing where audio is unavailable. */
  private soundSettings(refresh: (group: string) => void): HTMLElement[] {
    const sound = audioState();
    if (!sound.available) return [];
    const slider = el('input', { attrs: { type: 'range', min: '0', max: '100', step: '10', id: 'volume', value: String(Math.round(sound.volume * 100)) } });
    slider.addEventListener('change', () => setVolume(Number(slider.value) / 100));
    return [
      optionGroup('sound', t('settings.sound'), [
        { value: false, text: t('settings.soundOn') },
        { value: true, text: t('settings.soundOff') },
      ], sound.muted, (off) => {
        setMuted(off);
        refresh('sound');
      }),
      el('div', { className: 'setting' }, [el('label', { className: 'label', text: t('settings.volume'), attrs: { for: 'volume' } }), slider]),
      optionGroup('hall', t('settings.hall'), [
        { value: false, text: t('settings.hallOff') },
        { value: true, text: t('settings.hallOn') },
      ], sound.hallPreset, (on) => {
        setHallPreset(on);
        refresh('hall');
      }),
    ];
  }

  private close(): void {
    this.scene.stop();
    this.scene.wake(this.returnTo);
  }
}
