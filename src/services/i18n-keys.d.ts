// The UI strings' keys as types: i18next reads the Chinese resource's shape from here, so a key that is
// not in src/locales/zh-CN.json is a type error (t('nonexistent') does not compile). The English file
// has the same keys (tests/unit/locales.test.ts).
import type zhCN from '../locales/zh-CN.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
