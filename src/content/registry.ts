// The shared registry of laws, cases and help channels that levels cite by id.
import { Registry } from '../core';
import data from '../../levels/registry/legal.json';

export const registry: Registry = Registry.parse(data);

export const lawById = (id: string) => registry.laws.find((l) => l.id === id);
export const caseByNumber = (n: number) => registry.cases.find((c) => c.number === n);
export const helpById = (id: string) => registry.help.find((h) => h.id === id);
