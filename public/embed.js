/*
 * Kazakhstan work-eligibility calculator: the widget for partner pages.
 *
 *   <script src="https://APP/embed.js" async></script>
 *   <div data-kz-eligibility data-lang="ru" data-role="employer" data-accent="#0a6"></div>
 *
 * Each such element gets a sandboxed iframe of the app, sized to its content. The app sends
 * this script only its height and, with data-events, coarse events (the screen reached, the
 * result's category) that hold no answers. Messages are accepted only from the app's origin
 * and from the element's own iframe. No dependencies; nothing is sent anywhere else.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var APP = new URL('./', script ? script.src : location.href);
  var PREFIX = 'kz-eligibility:';
  // data-* attribute -> the app's query parameter. The app validates every value again and
  // ignores what it cannot use.
  var OPTIONS = {
    lang: 'lang', role: 'role', citizenship: 'citizenship', accent: 'accent', font: 'font',
    radius: 'radius', theme: 'theme'
  };
  var SCREENS = ['start', 'question', 'check', 'result'];
  var CATEGORIES = ['required', 'not_required', 'not_applicable'];
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 20000;

  function appUrl(element) {
    var url = new URL(APP.href);
    var query = url.searchParams;
    query.set('embed', '1');
    query.set('origin', location.origin);
    Object.keys(OPTIONS).forEach(function (name) {
      var value = element.getAttribute('data-' + name);
      if (value) query.set(OPTIONS[name], value);
    });
    if (element.hasAttribute('data-transparent')) query.set('transparent', '1');
    if (element.hasAttribute('data-events')) query.set('events', '1');
    return url.href;
  }

  function mount(element) {
    if (!element || element.querySelector('iframe[data-kz-eligibility-frame]')) return;
    var frame = document.createElement('iframe');
    frame.setAttribute('data-kz-eligibility-frame', '');
    frame.src = appUrl(element);
    frame.title = element.getAttribute('data-title') || 'Kazakhstan work-eligibility calculator';
    // Scripts and storage for the app itself; new tabs for its links; downloads and print for
    // the checklist. It cannot navigate or script the partner's page.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups ' +
      'allow-popups-to-escape-sandbox allow-downloads allow-modals');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.setAttribute('loading', 'lazy');
    var theme = element.getAttribute('data-theme');
    frame.style.cssText = 'display:block;width:100%;border:0;height:600px;' +
      (element.hasAttribute('data-transparent') ? 'background:transparent;' : '') +
      // A frame whose colour scheme differs from its element's gets an opaque backdrop.
      (theme === 'light' || theme === 'dark' ? 'color-scheme:' + theme + ';' : '');
    element.appendChild(frame);

    window.addEventListener('message', function (event) {
      if (event.origin !== APP.origin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
      if (data.type === PREFIX + 'height') {
        var height = Number(data.height);
        if (!isFinite(height)) return;
        height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
        frame.style.height = height + 'px';
      } else if (data.type === PREFIX + 'top') {
        // The visitor took a step: the new screen starts at the frame's top. Only a frame whose
        // top is above the viewport is brought down to it; one in view stays where it is.
        if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
      } else if (data.type === PREFIX + 'step' && SCREENS.indexOf(data.screen) >= 0) {
        announce(element, 'step', { screen: data.screen });
      } else if (data.type === PREFIX + 'result' && CATEGORIES.indexOf(data.category) >= 0) {
        announce(element, 'result', { category: data.category });
      }
    });
  }

  /** A DOM event on the partner's element, only when the partner asked for events. */
  function announce(element, name, detail) {
    if (!element.hasAttribute('data-events')) return;
    element.dispatchEvent(new CustomEvent(PREFIX + name, { detail: detail, bubbles: true }));
  }

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-kz-eligibility]'), mount);
  }

  window.KzEligibility = { mount: mount };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll);
  } else {
    mountAll();
  }
})();
