// The learning check's bank as the hub knows it: the item ids of each shipped form
// (levels/quiz/), read from the same files the game is built from and bundled into the kit's hub.
// A device's check is taken only in these ids (src/class/hub-state.ts `check`).
import formA from '../levels/quiz/form-a.json' with { type: 'json' };
import formB from '../levels/quiz/form-b.json' with { type: 'json' };
import booster from '../levels/quiz/booster.json' with { type: 'json' };
import { z } from 'zod';
import type { CheckBank } from '../src/class/hub-state';
import { CHECK_FORMS, type CheckForm, Id, MAX_CHECK_ITEMS } from '../src/class/protocol';

// Only what the hub needs of a form: its name and its items' ids (the checker, npm run levels:check, validates the rest).
const FormIds = z.object({ form: z.enum(CHECK_FORMS), items: z.array(z.object({ id: Id })).min(1).max(MAX_CHECK_ITEMS) });

/** Each form's item ids, in the order of its file; throws, naming the form, if a file does not fit. */
export function bankOf(files: readonly unknown[]): CheckBank {
  const bank: Partial<Record<CheckForm, string[]>> = {};
  for (const file of files) {
    const form = FormIds.parse(file);
    bank[form.form] = form.items.map((i) => i.id);
  }
  const { A, B, booster } = bank;
  if (!A || !B || !booster) throw new Error(`the learning check lacks form ${CHECK_FORMS.find((f) => !bank[f])}`);
  return { A, B, booster };
}

export const SHIPPED_BANK: CheckBank = bankOf([formA, formB, booster]);
