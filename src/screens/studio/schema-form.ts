// Forms drawn from the level schema itself (src/core/schema.ts): every field the format has, or
// gains later, gets a control, so the studio never lags behind the format. A text shown to
// players is a pair of fields, Chinese and English side by side. Fields that hold an id get a
// picker (next node, character, law, case, help channel, technique, conversation, flag).
import type { z } from 'zod';
import type { Path } from '../../studio/model/edits';
import { el } from '../shared/element';
import { t, type UiKey } from '../../services/i18n';

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
  /** Structural edits re-draw the form; plain typing does not. */
  nodeOptions(): { id: string; label: string }[];
  /** "New node here": adds a node of a kind and points the reference at `path` to it. */
  newNodeHere(path: Path, type: string): void;
  characters(): { id: string; label: string }[];
  conversations(): { id: string; label: string }[];
  laws(): { id: string; label: string }[];
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
const controlId = (path: Path) => `f-${path.join('-')}`;

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
      return el('fieldset', { className: 'group' }, [el('legend', { text: name }), ...objectFields(schema, (value ?? {}) as Record<string, unknown>, path, ctx, [], name)]);
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
    const kinds = ['message', 'choice', 'consequence', 'branch', 'ending'];
    const here = el('select', { attrs: { id: `${controlId(path)}-new`, 'aria-label': t('studio.newHereFor', { field: name }) } }, [
      el('option', { text: t('studio.newHere'), attrs: { value: '' } }),
      ...kinds.map((k) => el('option', { text: t(`studio.kind.${k}` as UiKey), attrs: { value: k } })),
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

/** A list of ids to tick, in the order ticked (the game shows them in that order). */
function checkList(name: string, options: { id: string; label: string }[], initial: string[], path: Path, ctx: FormContext): HTMLElement {
  let chosen = initial;
  const unknown = chosen.filter((id) => !options.some((o) => o.id === id)).map((id) => ({ id, label: t('studio.unknownOption', { id }) }));
  return el('fieldset', { className: 'field checklist' }, [
    el('legend', { text: name }),
    el('div', { className: 'ticks' }, [...options, ...unknown].map((o) => {
      const box = el('input', { attrs: { type: 'checkbox', id: controlId([...path, o.id]), 'data-id': o.id } });
      box.checked = chosen.includes(o.id);
      // The list is read afresh from the ticks, as the form is not drawn again after a tick.
      box.addEventListener('change', () => {
        const ticked = [...box.closest('.ticks')!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
        const now = ticked.filter((b) => b.checked).map((b) => b.dataset.id!);
        const kept = [...chosen.filter((c) => now.includes(c)), ...now.filter((c) => !chosen.includes(c))];
        chosen = kept;
        ctx.edit(path, kept, 'value');
      });
      return el('div', { className: 'tick' }, [box, el('label', { text: o.label, attrs: { for: box.id } })]);
    })),
  ]);
}

/** A list of items (choices, lessons, signs, facts…): each with a remove button, and an add button. */
function list(key: string | number, element: Schema, items: unknown[], path: Path, ctx: FormContext, name: string): HTMLElement {
  const single = t(`studio.item.${String(key)}`, { defaultValue: '' }) || name;
  return el('fieldset', { className: 'field list' }, [
    el('legend', { text: name }),
    ...items.map((item, i) => {
      const itemName = capital(`${single} ${i + 1}`);
      const body = isLocalText(element) || defOf(unwrap(element).schema).type !== 'object'
        ? [fieldFor(i, element, item, [...path, i], ctx, itemName)]
        : [el('h4', { text: itemName }), ...objectFields(element, item as Record<string, unknown>, [...path, i], ctx, [], itemName)];
      return el('div', { className: 'item' }, [
        ...body,
        el('button', { className: 'btn small remove', text: t('studio.removeItem', { item: itemName }), attrs: { type: 'button' }, onClick: () => ctx.edit(path, items.filter((_, j) => j !== i)) }),
      ]);
    }),
    el('button', { className: 'btn small add', text: t('studio.addItem', { item: single }), attrs: { type: 'button' }, onClick: () => ctx.edit(path, [...items, blankOf(element)]) }),
  ]);
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
  const declared = flags.find((f) => f.id === flag)?.value;
  const setOp = (next: string) => ctx.edit(path, next === 'atLeast' ? { flag, atLeast: typeof current === 'number' ? current : 1 } : { flag, is: typeof declared === 'boolean' ? true : typeof current === 'number' ? current : 0 });
  return el('fieldset', { className: 'group row' }, [
    el('legend', { text: name }),
    select(t('studio.field.flag'), flags.map((f) => ({ value: f.id, label: f.id })), flag, [...path, 'flag'], (v) => ctx.edit([...path, 'flag'], v)),
    select(t('studio.test'), [{ value: 'is', label: t('studio.is') }, { value: 'atLeast', label: t('studio.atLeast') }], op, [...path, 'op'], setOp),
    typeof current === 'boolean'
      ? select(t('studio.value'), [{ value: 'true', label: t('studio.true') }, { value: 'false', label: t('studio.false') }], String(current), [...path, op], (v) => ctx.edit([...path, op], v === 'true'))
      : labelled(t('studio.value'), input('number', String(current ?? 0), [...path, op], (v) => Number.isFinite(Number(v)) && ctx.edit([...path, op], Number(v), true))),
  ]);
}
