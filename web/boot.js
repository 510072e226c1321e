// boot.js loads Neurona's WebAssembly bundle with a progress bar, starts it
// with Go's wasm_exec.js, and explains in Spanish or English what went wrong
// when it cannot. It lives in its own file, not inline in index.html, so the
// Content-Security-Policy can forbid inline scripts outright.
'use strict';

(() => {
  const TEXT = {
    es: {
      loading: 'Descargando…',
      starting: 'Iniciando…',
      reload: 'Recargar',
      start: 'Haz clic para empezar',
      noWasm: ['Este navegador no puede ejecutar WebAssembly.',
        'Neurona necesita un navegador reciente: Firefox, Chrome, Edge o Safari actualizados.'],
      noWebGL2: ['Este navegador no ofrece WebGL 2, que Neurona necesita para dibujar.',
        'Activa la aceleración por hardware en la configuración del navegador, actualízalo o prueba con otro.'],
      loadFailed: ['No se pudo cargar Neurona.',
        'Revisa la conexión y recarga la página.'],
      stopped: ['Neurona se detuvo por un error.',
        'Recarga la página para seguir. Si vuelve a pasar, el detalle de abajo ayuda a corregirlo.'],
      needsServer: ['Neurona necesita un servidor web.',
        'Abierta como archivo, la página no puede cargar el programa. En la carpeta de Neurona, ejecuta «make serve», o sirve esta carpeta con cualquier servidor estático (por ejemplo «python3 -m http.server 8080») y abre la dirección que indique, como http://localhost:8080/.'],
    },
    en: {
      loading: 'Downloading…',
      starting: 'Starting…',
      reload: 'Reload',
      start: 'Click to start',
      noWasm: ['This browser cannot run WebAssembly.',
        'Neurona needs a recent browser: an up-to-date Firefox, Chrome, Edge or Safari.'],
      noWebGL2: ['This browser does not offer WebGL 2, which Neurona needs to draw.',
        'Turn on hardware acceleration in the browser settings, update it, or try another browser.'],
      loadFailed: ['Neurona could not be loaded.',
        'Check the connection and reload the page.'],
      stopped: ['Neurona stopped because of an error.',
        'Reload the page to go on. If it happens again, the detail below helps to fix it.'],
      needsServer: ['Neurona needs a web server.',
        'Opened as a file, the page cannot load the program. In Neurona\'s folder run “make serve”, or serve this folder with any static server (for example “python3 -m http.server 8080”) and open the address it shows, such as http://localhost:8080/.'],
    },
  };

  // The app reads lang=… from the hash itself; the loader only needs a
  // language for its own few words before the app runs. An explicit lang in
  // the link wins, then the browser's preference, then Spanish, the
  // lecture's language. URLSearchParams never throws, so a malformed hash
  // (the app reports it) cannot break the loader.
  function pickLang() {
    const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('lang');
    if (fromHash === 'es' || fromHash === 'en') return fromHash;
    for (const l of navigator.languages || [navigator.language || '']) {
      const base = String(l).toLowerCase().slice(0, 2);
      if (base === 'es' || base === 'en') return base;
    }
    return 'es';
  }

  // boot.js runs: the page's fallback line for browsers that cannot run
  // it is not needed.
  const slow = document.getElementById('slow');
  if (slow) slow.remove();

  let lang = pickLang();
  document.documentElement.lang = lang;
  const $ = (id) => document.getElementById(id);
  const loader = $('loader');
  const bar = $('bar');
  const fill = $('fill');
  const status = $('status');
  const startHint = $('start');

  let ready = false; // the app drew its first frame
  let stopped = false; // an error screen is up; nothing else may cover it

  // The iframe check must not throw: reading window.top across origins is
  // allowed, but a strict embedder could still make it fail.
  let inIframe = true;
  try { inIframe = window.self !== window.top; } catch { /* keep true */ }

  function fail(kind, detail) {
    if (stopped) return;
    stopped = true;
    const [title, text] = TEXT[lang][kind];
    $('error-title').textContent = title;
    $('error-text').textContent = text;
    $('error-detail').textContent = detail ? String(detail) : '';
    const reload = $('reload');
    reload.textContent = TEXT[lang].reload;
    reload.onclick = () => location.reload();
    loader.hidden = true;
    startHint.hidden = true;
    $('error').hidden = false;
    reload.focus();
    // Also to the console, for whoever opens the developer tools (and for
    // the end-to-end tests, which collect console errors).
    console.error(`neurona: ${title}${detail ? ' ' + detail : ''}`);
  }

  // Errors thrown while loading (a missing wasm_exec.js, a bug in this
  // file) would otherwise leave the loader spinning forever.
  window.addEventListener('error', (e) => {
    if (!ready) fail('loadFailed', e.message || 'error');
  });
  window.addEventListener('unhandledrejection', (e) => {
    if (!ready) fail('loadFailed', (e.reason && e.reason.message) || e.reason || 'error');
  });

  const mb = (n) => (n / 1e6).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  // Progress is drawn at most once per animation frame: a fast local
  // server delivers thousands of small chunks.
  //
  // What the bar shows is what travels over the network. fetch hands the
  // page decoded bytes, while the server sends the bundle compressed
  // (about a seventh of its size): Content-Length is the size on the
  // wire, with or without Content-Encoding, and cmd/serve also sends the
  // decoded size in X-Uncompressed-Length. The share of the decoded
  // bytes received is the share of the download done, so the text shows
  // that share of the wire size, exact at the end. Without the wire size
  // it shows a percentage; without the decoded size it cannot tell how
  // far along it is, and the bar just shows activity.
  let loaded = 0; // decoded bytes received
  let plain = 0; // decoded size, 0 if unknown
  let wire = 0; // bytes on the wire, 0 if unknown
  let drawPending = false;
  let downloading = true;
  function drawProgress() {
    drawPending = false;
    if (!downloading) return; // a frame queued before the end must not undo "Starting…"
    const say = TEXT[lang].loading;
    if (plain > 0) {
      const done = Math.min(1, loaded / plain);
      bar.classList.remove('unknown');
      fill.style.transform = `scaleX(${done})`;
      status.textContent = wire > 0 ? `${say} ${mb(done * wire)} / ${mb(wire)} MB`
        : `${say} ${Math.floor(done * 100)} %`;
    } else {
      bar.classList.add('unknown');
      status.textContent = wire > 0 ? `${say} ${mb(wire)} MB` : say;
    }
  }
  function progress(n) {
    loaded += n;
    if (!drawPending) {
      drawPending = true;
      requestAnimationFrame(drawProgress);
    }
  }

  function hasWebGL2() {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return false;
      // Give the probe's context back at once: browsers cap live contexts,
      // and the app is about to make its own.
      const lose = gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
      return true;
    } catch {
      return false;
    }
  }

  // The canvas Ebiten creates and appends to <body>.
  const appCanvas = () => document.querySelector('body > canvas');

  function appLang() {
    try {
      const l = JSON.parse(window.neurona.state()).lang;
      if (l === 'es' || l === 'en') return l;
    } catch { /* the app may not answer yet */ }
    return lang;
  }

  // Inside an iframe (slides, a course page) the page only gets keys once
  // the visitor clicks into it, and Ebiten does not take focus there on
  // purpose, so a hint says so until the canvas has keyboard focus. The
  // hint eats that first click: it should start the app, not add a point.
  function updateStartHint() {
    if (!inIframe || !ready || stopped) {
      startHint.hidden = true;
      return;
    }
    const focused = document.hasFocus() && document.activeElement === appCanvas();
    if (!focused) $('start-text').textContent = TEXT[appLang()].start;
    startHint.hidden = focused;
  }
  startHint.addEventListener('click', (e) => {
    e.preventDefault();
    const c = appCanvas();
    if (c) c.focus();
    updateStartHint();
  });
  window.addEventListener('focus', updateStartHint);
  window.addEventListener('blur', updateStartHint);
  document.addEventListener('focusin', updateStartHint);
  document.addEventListener('focusout', () => setTimeout(updateStartHint, 0));

  // The app reads keys from the whole window, but Ebiten's own input and
  // its notion of focus follow the canvas. A key that lands elsewhere (the
  // canvas lost focus to <body> after a click on an overlay, say) moves the
  // focus back, so the canvas is the focused element whenever keys are
  // used.
  window.addEventListener('keydown', (e) => {
    const c = appCanvas();
    if (!ready || stopped || !c || e.target === c) return;
    if (e.target instanceof HTMLElement && e.target.closest('button, input, textarea, select, [contenteditable]')) return;
    c.focus();
  });

  // The service worker (sw.js) keeps the page and the bundle for the next
  // visit without network. It is registered once the app runs, so its
  // download never competes with the first one. Browsers offer it only in
  // secure contexts (https, localhost), not to a page from a LAN address
  // over http, and may refuse it in a third-party frame: the page then
  // works as before, online only.
  function registerWorker() {
    if (!window.isSecureContext || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('sw.js').then((reg) => {
      // Ask the server for a newer worker now, not when the browser gets
      // round to it: a deployment made during the lesson reaches this
      // browser's offline copy at once. Offline this fails, and that is
      // fine.
      if (reg.active) reg.update().catch(() => {});
    }, (err) => {
      console.warn(`neurona: no offline copy: ${err && err.message ? err.message : err}`);
    });
  }

  function whenReady() {
    ready = true;
    registerWorker();
    loader.hidden = true;
    if (!inIframe) {
      // Opened directly: keys work at once, no click needed.
      window.focus();
      const c = appCanvas();
      if (c) c.focus();
    }
    updateStartHint();
  }

  function waitReady() {
    if (stopped) return;
    if (window.neurona && window.neurona.ready === true) {
      whenReady();
      return;
    }
    // setTimeout, not requestAnimationFrame: a tab opened in the
    // background still finishes starting.
    setTimeout(waitReady, 30);
  }

  async function fetchAndCompile(importObject) {
    let resp;
    try {
      resp = await fetch('neurona.wasm');
    } catch (err) {
      throw new Error(`neurona.wasm: ${err.message || err}`);
    }
    if (!resp.ok) throw new Error(`neurona.wasm: HTTP ${resp.status} ${resp.statusText}`);

    // The sizes (see drawProgress). A host that compresses on the fly
    // sends neither.
    wire = Number(resp.headers.get('Content-Length')) || 0;
    const encoding = (resp.headers.get('Content-Encoding') || 'identity').trim().toLowerCase();
    plain = encoding === 'identity' ? wire : Number(resp.headers.get('X-Uncompressed-Length')) || 0;
    drawProgress();

    if (!resp.body || typeof TransformStream !== 'function') {
      const buf = await resp.arrayBuffer();
      progress(buf.byteLength);
      return WebAssembly.instantiate(buf, importObject);
    }
    // Count the bytes as they pass on their way to the compiler: the body
    // stream goes through a counting transform into a new Response, which
    // instantiateStreaming compiles while it is still downloading. The new
    // Response also carries an exact application/wasm type, so a static
    // host with a wrong MIME type for .wasm cannot break streaming.
    const counted = resp.body.pipeThrough(new TransformStream({
      transform(chunk, ctl) {
        progress(chunk.byteLength);
        ctl.enqueue(chunk);
      },
    }));
    const wasmResp = new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
    if (typeof WebAssembly.instantiateStreaming === 'function') {
      return WebAssembly.instantiateStreaming(wasmResp, importObject);
    }
    return WebAssembly.instantiate(await wasmResp.arrayBuffer(), importObject);
  }

  async function boot() {
    loader.hidden = false;
    status.textContent = TEXT[lang].loading;
    // Browsers do not let a page from file:// fetch the bundle; say what
    // to do instead of a network error.
    if (location.protocol === 'file:') {
      fail('needsServer', location.href);
      return;
    }
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      fail('noWasm');
      return;
    }
    if (!hasWebGL2()) {
      fail('noWebGL2');
      return;
    }
    if (typeof Go !== 'function') {
      fail('loadFailed', 'wasm_exec.js');
      return;
    }
    // Keep the end of what the program writes to stderr (wasm_exec.js
    // sends it through fs.writeSync, line by line to the console): when a
    // panic stops it, that is the message worth showing, so a teacher can
    // copy it into a bug report.
    let stderr = '';
    const fsys = globalThis.fs;
    if (fsys && typeof fsys.writeSync === 'function') {
      const write = fsys.writeSync.bind(fsys);
      const decoder = new TextDecoder();
      fsys.writeSync = (fd, buf) => {
        if (fd === 2) stderr = (stderr + decoder.decode(buf)).slice(-1500);
        return write(fd, buf);
      };
    }
    const go = new Go();
    // Go's default exit handler only warns in the console; a program that
    // ends (a panic ends with code 2, its message just before) must not
    // leave a frozen canvas without a word.
    go.exit = (code) => {
      const tail = stderr.trim().split('\n').slice(-12).join('\n');
      fail('stopped', `exit code ${code}${tail ? '\n' + tail : ''}`);
    };
    let result;
    try {
      result = await fetchAndCompile(go.importObject);
    } catch (err) {
      fail('loadFailed', err && err.message ? err.message : err);
      return;
    }
    downloading = false;
    bar.classList.remove('unknown');
    fill.style.transform = 'scaleX(1)';
    status.textContent = TEXT[lang].starting;
    waitReady();
    try {
      await go.run(result.instance);
    } catch (err) {
      fail('stopped', err && err.message ? err.message : err);
    }
    // go.run resolves when the program ends; a running app never does.
    if (!stopped) fail('stopped', 'exit');
  }

  boot();
})();
