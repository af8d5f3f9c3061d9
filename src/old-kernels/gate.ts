// The first script of the page, a classic one inlined in <head> (scripts/old-kernels-plugin.ts),
// run by every browser before the game's module. Written in ES5 on purpose: a browser too old to
// parse the game (IE's kernel in 360's "compatibility mode", a Chromium of 2019) must still run this.
//
// - Too old for the game (no ES modules, or older than the Chromium 85 / Firefox 79 / Safari 14.1
//   generation the build's syntax needs): a Content-Security-Policy that lets no further script
//   run (so the game's module never starts half-way), and an "update your browser" page in words.
// - Old enough but missing library methods the game calls (Chromium 86–97: Object.hasOwn,
//   Array.prototype.at, structuredClone, …): the polyfills, written in as a blocking script so
//   they run before the module. Current browsers load nothing more.
//
// It is compiled to an IIFE with esbuild (target es5) and inlined; `__POLYFILLS__` is the
// polyfills' address, or '' in the one-file build, which carries them inline after this script.

/* eslint-disable no-var -- ES5 on purpose: esbuild cannot lower let/const to ES5 */
declare var __POLYFILLS__: string;

(function () {
  var w = window as unknown as Record<string, unknown>;

  function supported(): boolean {
    try {
      return (
        typeof HTMLScriptElement !== 'undefined' &&
        'noModule' in HTMLScriptElement.prototype &&
        typeof String.prototype.replaceAll === 'function' &&
        typeof Promise.any === 'function' &&
        typeof w.WeakRef === 'function'
      );
    } catch (e) {
      return false;
    }
  }

  function missesMethods(): boolean {
    // The same list as polyfills.ts.
    var has = function (o: unknown, name: string) {
      return typeof (o as Record<string, unknown>)[name] === 'function';
    };
    return !has(w, 'structuredClone') || !has(Object, 'hasOwn') || !has(Array.prototype, 'at') || !has(String.prototype, 'at');
  }

  function el(tag: string, text: string, lang: string, css: Record<string, string>): HTMLElement {
    var node = document.createElement(tag);
    node.appendChild(document.createTextNode(text));
    if (lang) node.setAttribute('lang', lang);
    for (var key in css) if (Object.prototype.hasOwnProperty.call(css, key)) (node.style as unknown as Record<string, string>)[key] = css[key]!;
    return node;
  }

  /** The page a browser below the supported version sees: in words, both languages, no error. */
  function updatePage(): void {
    var body = document.body;
    var children = body.children;
    for (var i = 0; i < children.length; i++) (children[i] as HTMLElement).style.display = 'none';
    var page = el('main', '', '', { maxWidth: '44em', margin: '0 auto', padding: '3em 1.5em', lineHeight: '1.6', fontSize: '18px', fontFamily: "'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif" });
    page.setAttribute('role', 'main');
    page.className = 'update-browser';
    page.appendChild(el('h1', '请更新浏览器', 'zh-CN', { fontSize: '1.6em' }));
    page.appendChild(el('p', '这个浏览器版本太旧，无法运行《识破》。请用 Chrome 或 Edge 86 及以上版本打开本页；360 安全浏览器、QQ 浏览器、搜狗浏览器等请更新到最新版，并切换到“极速模式”（内核 86 及以上）。也可以换一台电脑或手机。', 'zh-CN', {}));
    page.appendChild(el('h2', 'Please update your browser', 'en', { fontSize: '1.3em', marginTop: '1.5em' }));
    page.appendChild(el('p', 'This browser is too old to run See Through It. Open this page in Chrome or Edge version 86 or later; in 360 Secure Browser, QQ Browser or Sogou, update to the latest version and switch to its fast mode (kernel 86 or later). Or use another computer or phone.', 'en', {}));
    body.style.background = '#0b1630';
    body.style.color = '#f4f7ff';
    body.appendChild(page);
    document.title = '请更新浏览器 · Please update your browser';
  }

  if (!supported()) {
    w.seeThroughTooOld = true;
    // From here on no script may run: the game's module (fetched after this point) is refused.
    document.write('<meta http-equiv="Content-Security-Policy" content="script-src \'none\'">');
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', updatePage);
    else updatePage();
    return;
  }
  if (__POLYFILLS__ && missesMethods()) document.write('<script src="' + __POLYFILLS__ + '"></scr' + 'ipt>');
})();
