// The game's languages: zh-CN first, English second. A file of its own, without zod, so that the
// page's language can be chosen before the schemas' code is fetched (src/services/i18n.ts).
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
