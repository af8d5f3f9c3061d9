// Forms drawn from the level schema itself (src/core/schema.ts): every field the format has, or
// gains later, gets a control, so the studio never lags behind the format. A text shown to
// players is a pair of fields, Chinese and English side by side. Fields that hold an id get a
// picker (next node, character, law, case, help channel, technique, conversation, flag).
import type { z } from 'zod';
import type { Path } from '../../studio/model/edits';
import { el } from '../shared/element';
import { language, t, type UiKey } from '../../services/i18n';

type Schema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: Schema[];
  defaultValue?: unknown;
  valueType?: Schema;
}
const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Optional and default wrappers peeled off. */
export function unwrap(s: Schema): { schema: Schema; optional: boolean } {
  let schema = s;
  let optional = false;
  for (;;) {
    const def = defOf(schema);
    if (def.type === 'optional') optional = true;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) schema = def.innerType;
    else return { schema, optional };
  }
}

export const isLocalText = (s: Schema): boolean => {
  const def = defOf(unwrap(s).schema);
  return def.type === 'object' && !!def.shape && Object.keys(def.shape).sort().join() === 'en,zh-CN';
};

/** An empty value of a schema's shape, for "add": required fields present and empty. */
export function blankOf(s: Schema): unknown {
  const { schema } = unwrap(s);
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(def.shape ?? {})) if (!unwrap(v).optional) out[k] = blankOf(v);
      return out;
    }
    case 'string':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'array':
      return [];
    case 'record':
      return {};
    case 'union':
      return def.options?.[0] ? blankOf(def.options[0]) : undefined;
    default:
      return undefined;
  }
}

/** What the form needs from the studio: the values pickers offer, and how to report an edit. */
export interface FormContext {
  /**
   * Sets a value. `typing`: a keystroke (merged into one undo step); `true` or 'value': the control
   * already shows the new value, so the form is not drawn again; otherwise (an item added or
   * removed) it is.
   */
  edit(path: Path, value: unknown, how?: boolean | 'value'): void;
  /**
   * A structural edit (add, remove, move an item; switch a test) as a function of the value the
   * level holds at `path` NOW, never of the value the form was drawn with: what was typed since the
   * form was drawn is in the level (typing edits it at once), so it is carried into the result.
   * The form is drawn again from the level.
   */
  update(path: Path, change: (current: unknown) => unknown): void;
  nodeOptions(): { id: string; label: string }[];
  /** Every node kind as a menu's options (the studio's table: src/studio/model/node-kinds.ts). */
  kinds(): HTMLOptionElement[];
  /** "New node here": adds a node of a kind and points the reference at `path` to it. */
  newNodeHere(path: Path, type: string): void;
  characters(): { id: string; label: string }[];
  conversations(): { id: string; label: string }[];
  /** Laws named with their statute; `group`, the statute, heads the ticks. */
  laws(): { id: string; label: string; group?: string }[];
  cases(): { id: number; label: string }[];
  help(): { id: string; label: string }[];
  techniques(): { id: string; label: string }[];
  flags(): { id: string; value: boolean | number }[];
}

export const fieldLabel = (key: string | number): string => {
  if (typeof key === 'number') return String(key + 1);
  const label = t(`studio.field.${key}`, { defaultValue: '' });
  return label || key;
};
export const controlId = (path: Path) => `f-${path.join('-')}`;

/** An item of a list as the form names it: "Choice 2". */
export const itemLabel = (key: string | number, index: number): string => capital(`${t(`studio.item.${String(key)}`, { defaultValue: '' }) || fieldLabel(key)} ${index + 1}`);

/**
 * Sections that fold, so a long form reads as a list of headings: each remembers, by its id, being
 * opened or closed for as long as the page lives; `first` is how it starts the first time it is drawn.
 */
const folds = new Map<string, boolean>();
const unfold = (id: string): void => void folds.set(id, true);

function fold(id: string, summary: string, className: string, first: boolean, content: readonly HTMLElement[], groupName = summary): HTMLElement {
  const open = folds.get(id) ?? first;
  folds.set(id, open);
  const box = el('details', { className: `${className} fold`, attrs: { id, 'aria-label': groupName } }, [el('summary', { text: summary }), ...content]);
  box.open = open;
  box.addEventListener('toggle', () => folds.set(id, box.open));
  return box;
}

const isTextPair = (v: unknown): v is Record<'zh-CN' | 'en', string> => typeof v === 'object' && v !== null && 'zh-CN' in v && 'en' in v;

/** An item's first words, for its heading when folded. */
function preview(value: unknown): string {
  const text = Object.values((value ?? {}) as Record<string, unknown>).find(isTextPair);
  const words = (text?.[language() === 'zh-CN' ? 'zh-CN' : 'en'] || text?.['zh-CN'] || text?.en || '').trim();
  return words.length > 30 ? `${words.slice(0, 30)}…` : words;
}

/** The fields of an object, drawn one after another. `skip` leaves out keys drawn elsewhere. */
export function objectFields(schema: Schema, value: Record<string, unknown>, path: Path, ctx: FormContext, skip: readonly string[] = [], prefix = ''): HTMLElement[] {
  const def = defOf(unwrap(schema).schema);
  return Object.entries(def.shape ?? {})
    .filter(([key]) => !skip.includes(key) && key !== '$schema' && key !== 'formatVersion')
    .map(([key, field]) => fieldFor(key, field, value[key], [...path, key], ctx, prefix ? `${prefix} · ${fieldLabel(key)}` : fieldLabel(key)));
}

/** "choice 1" → "Choice 1": an item's name starts a label. */
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function fieldFor(key: string | number, s: Schema, value: unknown, path: Path, ctx: FormContext, name = fieldLabel(key)): HTMLElement {
  const { schema, optional } = unwrap(s);
  if (optional && value === undefined) {
    return el('div', { className: 'field optional' }, [
      el('button', { className: 'btn small add', text: t('studio.addField', { field: name }), attrs: { type: 'button' }, onClick: () => ctx.edit(path, blankOf(schema)) }),
    ]);
  }
  const removeOptional = optional
    ? el('button', { className: 'btn small remove', text: t('studio.removeField', { field: name }), attrs: { type: 'button' }, onClick: () => ctx.edit(path, undefined) })
    : null;
  const control = controlFor(key, schema, value, path, ctx, name);
  if (!removeOptional) return control;
  control.append(removeOptional);
  return control;
}

function controlFor(key: string | number, schema: Schema, value: unknown, path: Path, ctx: FormContext, name: string): HTMLElement {
  if (isLocalText(schema)) return localText(name, value as Record<string, string> | undefined, path, ctx);
  const picker = pickerFor(key, schema, value, path, ctx, name);
  if (picker) return picker;
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return labelled(name, input('text', String(value ?? ''), path, (v) => ctx.edit(path, v, true)));
    case 'number':
      return labelled(name, input('number', String(value ?? 0), path, (v) => v.trim() !== '' && Number.isFinite(Number(v)) && ctx.edit(path, Number(v), true)));
    case 'boolean': {
      const box = el('input', { attrs: { type: 'checkbox', id: controlId(path) } });
      box.checked = value === true;
      box.addEventListener('change', () => ctx.edit(path, box.checked, 'value'));
      fullName(box, name);
      return el('div', { className: 'field check' }, [box, el('label', { text: shortName(name), attrs: { for: box.id } })]);
    }
    case 'enum':
      return select(name, Object.values(def.entries ?? {}).map((v) => ({ value: v, label: enumLabel(v) })), String(value ?? ''), path, (v) => ctx.edit(path, v, 'value'));
    case 'literal':
      return el('div');
    case 'object':
      // A group starts open while it is empty (just added), folded once it holds something.
      return fold(controlId(path), name, 'group', Object.keys((value ?? {}) as object).length === 0, objectFields(schema, (value ?? {}) as Record<string, unknown>, path, ctx, [], name));
    case 'array':
      return list(key, def.element!, (value ?? []) as unknown[], path, ctx, name);
    case 'record':
      return flagEffects(name, (value ?? {}) as Record<string, boolean | number>, path, ctx);
    case 'union':
      return condition(name, (value ?? {}) as Record<string, unknown>, path, ctx);
    default:
      return el('p', { text: `${name}: ${JSON.stringify(value)}` });
  }
}

const enumLabel = (v: string) => t(`studio.enum.${v}`, { defaultValue: '' }) || v;

/** "Choice 2 · Text" is shown as "Text" under its item's heading; the full name stays the control's accessible name. */
const shortName = (name: string): string => name.split(' · ').pop() ?? name;
const fullName = (control: HTMLElement, name: string) => {
  if (shortName(name) !== name) control.setAttribute('aria-label', name);
};

function labelled(name: string, control: HTMLElement): HTMLElement {
  fullName(control, name);
  return el('div', { className: 'field' }, [el('label', { text: shortName(name), attrs: { for: control.id } }), control]);
}

function input(type: string, value: string, path: Path, onInput: (value: string) => void): HTMLInputElement {
  const box = el('input', { attrs: { type, id: controlId(path) } });
  box.value = value;
  box.addEventListener('input', () => onInput(box.value));
  return box;
}

function select(name: string, options: { value: string; label: string }[], value: string, path: Path, onChange: (value: string) => void, extra: HTMLElement[] = []): HTMLElement {
  const box = el('select', { attrs: { id: controlId(path) } });
  const known = options.some((o) => o.value === value);
  for (const o of [...(known ? [] : [{ value, label: value === '' ? t('studio.choose') : t('studio.unknownOption', { id: value }) }]), ...options]) {
    const option = el('option', { text: o.label, attrs: { value: o.value } });
    box.append(option);
  }
  box.value = value;
  box.addEventListener('change', () => onChange(box.value));
  fullName(box, name);
  return el('div', { className: 'field' }, [el('label', { text: shortName(name), attrs: { for: box.id } }), box, ...extra]);
}

/** A text players see: Chinese and English side by side, each with its own accessible name. */
function localText(name: string, value: Record<string, string> | undefined, path: Path, ctx: FormContext): HTMLElement {
  const pair = (['zh-CN', 'en'] as const).map((lang) => {
    const box = el('textarea', { attrs: { id: controlId([...path, lang]), rows: '2', lang, 'aria-label': `${name} · ${t(`studio.lang.${lang}` as UiKey)}` } });
    box.value = value?.[lang] ?? '';
    box.addEventListener('input', () => ctx.edit([...path, lang], box.value, true));
    return el('div', { className: 'half' }, [el('span', { className: 'lang', text: t(`studio.lang.${lang}` as UiKey), attrs: { 'aria-hidden': 'true' } }), box]);
  });
  return el('fieldset', { className: 'field local-text' }, [el('legend', { text: shortName(name) }), el('div', { className: 'pair' }, pair)]);
}

/** Fields that hold an id get a picker, chosen by the field's name. */
function pickerFor(key: string | number, schema: Schema, value: unknown, path: Path, ctx: FormContext, name: string): HTMLElement | undefined {
  const def = defOf(schema);
  const ids = (options: { id: string | number; label: string }[]) => options.map((o) => ({ value: String(o.id), label: o.label }));
  if ((key === 'next' || key === 'otherwise' || key === 'start') && def.type === 'string') {
    const here = el('select', { attrs: { id: `${controlId(path)}-new`, 'aria-label': t('studio.newHereFor', { field: name }) } }, [
      el('option', { text: t('studio.newHere'), attrs: { value: '' } }),
      ...ctx.kinds(),
    ]);
    here.addEventListener('change', () => here.value && ctx.newNodeHere(path, here.value));
    return select(name, ids(ctx.nodeOptions()), String(value ?? ''), path, (v) => ctx.edit(path, v, 'value'), [here]);
  }
  if (key === 'from' && def.type === 'string') return select(name, ids(ctx.characters()), String(value ?? ''), path, (v) => ctx.edit(path, v, 'value'));
  if (key === 'conversation' && def.type === 'string') return select(name, ids(ctx.conversations()), String(value ?? ''), path, (v) => ctx.edit(path, v, 'value'));
  if (key === 'technique' && def.type === 'string') return select(name, ids(ctx.techniques()), String(value ?? ''), path, (v) => ctx.edit(path, v, 'value'));
  if (key === 'case' && def.type === 'number') return select(name, ids(ctx.cases()), String(value ?? ''), path, (v) => ctx.edit(path, Number(v), 'value'));
  if (def.type === 'array' && defOf(unwrap(def.element!).schema).type === 'string') {
    const source = key === 'laws' ? ctx.laws() : key === 'help' ? ctx.help() : key === 'techniques' ? ctx.techniques() : key === 'members' ? ctx.characters() : undefined;
    if (source) return checkList(name, source, (value ?? []) as string[], path, ctx);
  }
  return undefined;
}

/** A list of ids to tick, in the order ticked (the game shows them in that order); folded, it names what is ticked. */
function checkList(name: string, options: { id: string; label: string; group?: string }[], chosen: string[], path: Path, ctx: FormContext): HTMLElement {
  const unknown = chosen.filter((id) => !options.some((o) => o.id === id)).map((id) => ({ id, label: t('studio.unknownOption', { id }) }));
  const ticks: HTMLElement[] = [];
  let group: string | undefined;
  for (const o of [...options, ...unknown] as { id: string; label: string; group?: string }[]) {
    if (o.group && o.group !== group) ticks.push(el('p', { className: 'tick-group', text: (group = o.group) }));
    const box = el('input', { attrs: { type: 'checkbox', id: controlId([...path, o.id]), 'data-id': o.id } });
    box.checked = chosen.includes(o.id);
    // A tick adds the id at the end of the list the level holds now; an untick takes it out.
    box.addEventListener('change', () => ctx.update(path, (now) => {
      const held = Array.isArray(now) ? (now as string[]) : [];
      return box.checked ? (held.includes(o.id) ? held : [...held, o.id]) : held.filter((id) => id !== o.id);
    }));
    ticks.push(el('div', { className: 'tick' }, [box, el('label', { text: o.label, attrs: { for: box.id } })]));
  }
  const named = chosen.map((id) => options.find((o) => o.id === id)?.label ?? id);
  const summary = named.length ? `${name}${t('studio.colon')}${named.join(t('studio.listSep'))}` : name;
  return fold(`${controlId(path)}-fold`, summary, 'field checklist', chosen.length === 0, [el('div', { className: 'ticks' }, ticks)], name);
}

/** A list of items (choices, lessons, signs, facts…): each with move and remove buttons, and an add button. */
function list(key: string | number, element: Schema, items: unknown[], path: Path, ctx: FormContext, name: string): HTMLElement {
  const single = t(`studio.item.${String(key)}`, { defaultValue: '' }) || name;
  const objects = !isLocalText(element) && defOf(unwrap(element).schema).type === 'object';
  // Every change reads the list as the level holds it now (ctx.update), never `items`: what was
  // typed into the other items since the form was drawn is in the level, and so it is kept.
  const change = (how: (list: unknown[]) => unknown[], focus: () => string) => {
    ctx.update(path, (now) => how(Array.isArray(now) ? now : []));
    const target = document.getElementById(focus());
    (target?.matches('details') ? target.querySelector<HTMLElement>('summary') : target)?.focus();
  };
  const itemId = (i: number) => controlId([...path, i]);
  const firstControl = (i: number) => document.querySelector(`[data-item="${itemId(i)}"] :is(textarea, input, select)`)?.id || `${itemId(i)}-remove`;
  const move = (from: number, to: number) => change((now) => {
    if (to < 0 || to >= now.length) return now;
    const next = [...now];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    // A folded item stays folded where it goes, an open one open.
    const [a, b] = [folds.get(itemId(from)), folds.get(itemId(to))];
    folds.set(itemId(to), a ?? true);
    folds.set(itemId(from), b ?? true);
    return next;
  }, () => `${itemId(to)}-${to < from ? 'up' : 'down'}`);
  const remove = (i: number) => change((now) => {
    for (let j = i; j < now.length - 1; j++) folds.set(itemId(j), folds.get(itemId(j + 1)) ?? true);
    return now.filter((_, j) => j !== i);
  }, () => (i < items.length - 1 ? `${itemId(i)}-remove` : i > 0 ? `${itemId(i - 1)}-remove` : `${controlId(path)}-add`));
  const fields = items.map((item, i) => {
    const itemName = capital(`${single} ${i + 1}`);
    const tool = (text: string, id: string, act: () => void, disabled = false) => {
      const b = el('button', { className: 'btn small tool', text, attrs: { type: 'button', id: `${itemId(i)}-${id}` }, onClick: act });
      b.disabled = disabled;
      return b;
    };
    const tools = el('div', { className: 'item-tools' }, [
      tool(t('studio.moveUp', { item: itemName }), 'up', () => move(i, i - 1), i === 0),
      tool(t('studio.moveDown', { item: itemName }), 'down', () => move(i, i + 1), i === items.length - 1),
      tool(t('studio.removeItem', { item: itemName }), 'remove', () => remove(i)),
    ]);
    if (!objects) return el('div', { className: 'item', attrs: { 'data-item': itemId(i) } }, [fieldFor(i, element, item, [...path, i], ctx, itemName), tools]);
    const words = preview(item);
    const box = fold(itemId(i), words ? `${itemName} · ${words}` : itemName, 'item', items.length <= 2, [...objectFields(element, item as Record<string, unknown>, [...path, i], ctx, [], itemName), tools], itemName);
    box.dataset.item = itemId(i);
    return box;
  });
  let added = items.length;
  const add = el('button', { className: 'btn small add', text: t('studio.addItem', { item: single }), attrs: { type: 'button', id: `${controlId(path)}-add` }, onClick: () => change((now) => {
    added = now.length;
    unfold(itemId(added)); // a new item opens, to be written in
    return [...now, blankOf(element)];
  }, () => firstControl(added)) });
  return fold(`${controlId(path)}-fold`, items.length > 1 ? `${name} (${items.length})` : name, 'field list', true, [...fields, add], name);
}

/** "set": flags and the values to give them. */
function flagEffects(name: string, value: Record<string, boolean | number>, path: Path, ctx: FormContext): HTMLElement {
  const flags = ctx.flags();
  const rows = Object.entries(value).map(([flag, v]) => {
    const rowName = `${name} · ${flag}`;
    const control = typeof v === 'boolean'
      ? select(t('studio.flagValue', { flag }), [{ value: 'true', label: t('studio.true') }, { value: 'false', label: t('studio.false') }], String(v), [...path, flag], (nv) => ctx.edit([...path, flag], nv === 'true'))
      : labelled(t('studio.flagValue', { flag }), input('number', String(v), [...path, flag], (nv) => Number.isFinite(Number(nv)) && ctx.edit([...path, flag], Number(nv), true)));
    return el('div', { className: 'item row' }, [control, el('button', { className: 'btn small remove', text: t('studio.removeItem', { item: rowName }), attrs: { type: 'button' }, onClick: () => ctx.edit([...path, flag], undefined) })]);
  });
  const unused = flags.filter((f) => !(f.id in value));
  const adder = el('select', { attrs: { id: `${controlId(path)}-add`, 'aria-label': t('studio.addFlagTo', { field: name }) } }, [
    el('option', { text: t('studio.addFlag'), attrs: { value: '' } }),
    ...unused.map((f) => el('option', { text: f.id, attrs: { value: f.id } })),
  ]);
  adder.addEventListener('change', () => {
    const flag = flags.find((f) => f.id === adder.value);
    if (flag) ctx.edit([...path, flag.id], typeof flag.value === 'boolean' ? true : flag.value + 1);
  });
  return el('fieldset', { className: 'field list' }, [el('legend', { text: name }), ...rows, unused.length ? adder : el('p', { className: 'hint', text: t('studio.noFlags') })]);
}

/** A condition: a flag, "is" or "at least", and a value. */
function condition(name: string, value: Record<string, unknown>, path: Path, ctx: FormContext): HTMLElement {
  const flags = ctx.flags();
  const flag = String(value.flag ?? '');
  const op = 'atLeast' in value ? 'atLeast' : 'is';
  const current = value[op];
  // Switching the test keeps the flag and the value as the level holds them now (a number typed since).
  const setOp = (next: string) => ctx.update(path, (now) => {
    const held = (now ?? {}) as Record<string, unknown>;
    const heldFlag = String(held.flag ?? '');
    const heldValue = held['atLeast' in held ? 'atLeast' : 'is'];
    const declared = flags.find((f) => f.id === heldFlag)?.value;
    return next === 'atLeast'
      ? { flag: heldFlag, atLeast: typeof heldValue === 'number' ? heldValue : 1 }
      : { flag: heldFlag, is: typeof declared === 'boolean' ? true : typeof heldValue === 'number' ? heldValue : 0 };
  });
  return el('fieldset', { className: 'group row' }, [
    el('legend', { text: name }),
    select(t('studio.field.flag'), flags.map((f) => ({ value: f.id, label: f.id })), flag, [...path, 'flag'], (v) => ctx.edit([...path, 'flag'], v)),
    select(t('studio.test'), [{ value: 'is', label: t('studio.is') }, { value: 'atLeast', label: t('studio.atLeast') }], op, [...path, 'op'], setOp),
    typeof current === 'boolean'
      ? select(t('studio.value'), [{ value: 'true', label: t('studio.true') }, { value: 'false', label: t('studio.false') }], String(current), [...path, op], (v) => ctx.edit([...path, op], v === 'true'))
      : labelled(t('studio.value'), input('number', String(current ?? 0), [...path, op], (v) => Number.isFinite(Number(v)) && ctx.edit([...path, op], Number(v), true))),
  ]);
}
