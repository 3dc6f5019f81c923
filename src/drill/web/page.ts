// The participant web page the host serves at "/": one HTML document with inline CSS and JS, usable
// on a phone, plus the reader's masking built for the browser (web/mask.ts, served at /mask.js). It
// is a TypeScript string (not a .html file) so the esbuild bundle, tsx and vitest all carry it
// without a loader, and dist/cli.js works on its own.
// Everything received is shown with textContent, never as HTML. The inline script avoids template
// literals so this file needs no escaping; its interpolations write in the reconnect waits and the
// words. The host serves the page in the drill's language: its words come from words/labels.ts,
// written into the HTML and, for what the script shows, as a JSON table (no second copy here).
import { MAX_REPLY_CHARS } from '../../core/reply';
import type { Lang } from '../../core/schema';
import { kindWord, t, wordsIn, type KindWord, type LabelKey } from '../../words/labels';
import { RECONNECT_DELAYS_MS } from '../reconnect';
import { errorWords } from '../words';
import { MASK_PATH } from './assets';
import { speakScript } from './speech';

/** The words the page's script shows. */
const SCRIPT_WORDS = [
  'answered', 'closed', 'open', 'critical', 'yourDebrief', 'outcomeScore', 'realCall', 'falseAlarms',
  'loss', 'leak', 'unfinished', 'drillOver', 'kicked', 'reconnecting', 'lostPage', 'line', 'secondsLeft',
  // Time passing in a thread; why a missed flag is one
  'timePassed', 'why',
  // The before/after check (drill host --check)
  'checkTitle', 'checkItemOf', 'checkQuestion', 'checkScam', 'checkLegit', 'checkHowSure', 'checkSure1', 'checkSure2', 'checkSure3', 'checkSure4',
  'channelSms', 'channelCall', 'maskMissing',
] as const satisfies readonly LabelKey[];

/** The script's words that read differently on a real call (words/labels.ts, GREEN_WORDS): written in per drill. */
const KIND_WORDS = ['caught', 'missed', 'todo', 'safe'] as const satisfies readonly KindWord[];

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside a <script>: no "</script>" can end it early. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/** The page for a drill in `lang`; `green`: the drill plays a real call, whose flags are green. */
export function webPage(lang: Lang, green = false): string {
  const w = (k: LabelKey) => html(t(k, lang));
  // `missedSecret`: a secret given away is a plain miss even on a real call, never a false alarm.
  const words = { ...wordsIn(lang, SCRIPT_WORDS), ...Object.fromEntries(KIND_WORDS.map((k) => [k, kindWord(k, green, lang)])), missedSecret: t('missed', lang), ...errorWords(lang) };
  return String.raw`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w('drillTitle')}</title>
<style>
  body { font: 17px/1.45 system-ui, sans-serif; margin: 0; background: #f4f4f2; color: #1d1d1b; }
  main { max-width: 38rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.2rem; margin: .2rem 0 1rem; }
  .card { background: #fff; border-radius: .6rem; padding: 1rem; margin: 0 0 1rem; box-shadow: 0 1px 3px #0002; }
  .speaker { font-weight: 600; color: #8a1c1c; }
  /* A helper drill's line holds what was said since the last question, one speaker a line. */
  #text { white-space: pre-line; }
  label { display: block; margin: .5rem 0 .2rem; }
  input, button, textarea { font: inherit; width: 100%; box-sizing: border-box; padding: .6rem; border-radius: .4rem; border: 1px solid #999; }
  button { background: #1d4e89; color: #fff; border: 0; margin-top: .5rem; cursor: pointer; text-align: left; }
  button.choice { background: #e8eef6; color: #1d1d1b; border: 1px solid #9bb; }
  button:disabled { opacity: .5; }
  /* The answer this person picked stands out from the others, also once answers are locked. */
  button.choice.picked, button.choice.picked:disabled { opacity: 1; background: #1d4e89; color: #fff; border-color: #1d4e89; font-weight: 600; }
  .muted { color: #666; font-size: .9rem; }
  .caught { color: #1b6e2a; } .missed { color: #a11; } .open { color: #886600; } .todo { color: #1d1d1b; }
  .err { color: #a11; min-height: 1.2rem; }
  ul { padding-left: 1.2rem; }
  [hidden] { display: none !important; }
  #checkItems > li { margin: 0 0 1.2rem; }
  fieldset { border: 0; padding: 0; margin: .3rem 0; }
  fieldset label { display: inline-block; margin: .2rem 1rem .2rem 0; }
  fieldset input { width: auto; margin-right: .3rem; }
  #voiceRow { display: flex; align-items: center; gap: .8rem; margin: .3rem 0 0; }
  #voiceRow label { display: flex; align-items: center; gap: .4rem; margin: 0; }
  #voiceRow input { width: auto; }
  #replay { width: auto; margin: 0; padding: .3rem .8rem; }
</style>
</head>
<body>
<main>
  <h1 id="title">${w('drillTitle')}</h1>
  <p id="thanks" class="muted" hidden>${w('checkThanks')}</p>
  <section id="join" class="card">
    <form id="joinForm">
      <label for="code">${w('joinCode')}</label>
      <input id="code" name="code" autocomplete="off" autocapitalize="characters" maxlength="16" required>
      <label for="name">${w('yourName')}</label>
      <input id="name" name="name" autocomplete="nickname" maxlength="40" required>
      <button id="joinBtn" type="submit">${w('join')}</button>
    </form>
  </section>
  <section id="wait" class="card" hidden><p>${w('waiting')}</p></section>
  <section id="line" class="card" hidden>
    <div class="muted" id="meta"></div>
    <div class="muted" id="gap" hidden></div>
    <p><span class="speaker" id="speaker"></span>: <span id="text"></span></p>
    <div id="voiceRow"><label><input type="checkbox" id="voice">${w('phoneVoice')}</label><button id="replay" type="button" hidden>${w('replay')}</button></div>
    <div id="choices"></div>
    <form id="answerForm">
      <label for="answer">${w('ownWords')}</label>
      <input id="answer" name="answer" autocomplete="off" maxlength="${MAX_REPLY_CHARS}">
      <button id="sendBtn" type="submit">${w('sendButton')}</button>
    </form>
    <p id="status" class="muted"></p>
    <ul id="verdicts"></ul>
  </section>
  <section id="check" class="card" hidden>
    <h2 id="checkTitle"></h2>
    <p id="checkIntro" class="muted"></p>
    <ol id="checkItems"></ol>
    <button id="checkSend" type="button" disabled>${w('checkSend')}</button>
  </section>
  <section id="flags" class="card" hidden><strong>${html(kindWord('lineFlags', green, lang))}</strong><ul id="flagList"></ul></section>
  <section id="debrief" class="card" hidden></section>
  <p id="error" class="err" role="alert"></p>
</main>
<script src="${MASK_PATH}"></script>
<script>
(function () {
  var W = ${scriptJson(words)};
  // Fills {holes} as t() in words/labels.ts does.
  function verdictWord(v) { return t(v.critical && v.verdict === 'missed' ? 'missedSecret' : v.verdict); }
  function t(k, holes) { var s = W[k] == null ? k : W[k]; return holes ? s.replace(/\{(\w+)\}/g, function (h, n) { return n in holes ? String(holes[n]) : h; }) : s; }
  function $(id) { return document.getElementById(id); }
  function show(id, on) { $(id).hidden = !on; }
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }

  // The caller's voice on this phone: off until switched on, and remembered in this browser. Call
  // lines are spoken as they come; SMS and chat lines only on Replay.
  ${speakScript(lang)}
  var VOICE = 'scamdrill:voice', voiceOn = false, shown = null;
  try { voiceOn = localStorage.getItem(VOICE) === 'on'; } catch (e) {}
  function voiceShown() { $('voice').checked = voiceOn; show('replay', voiceOn); }
  $('voice').onchange = function () {
    voiceOn = $('voice').checked; voiceShown();
    try { localStorage.setItem(VOICE, voiceOn ? 'on' : 'off'); } catch (e) {}
    if (!voiceOn && window.speechSynthesis) speechSynthesis.cancel();
  };
  $('replay').onclick = function () { if (voiceOn && shown) speakLine(shown.text); };
  voiceShown();

  var params = new URLSearchParams(location.search);
  if (params.get('code')) $('code').value = params.get('code');
  var RECONNECT_MS = ${JSON.stringify(RECONNECT_DELAYS_MS)};
  var ws = null, code = '', step = 0, tries = 0, done = false, deadline = 0, timer = null, token = null, check = null;
  // Who this browser is in the drill at this address: kept across a reload, so the person comes back
  // as themselves (their line, their answer, their verdicts) instead of facing an empty join form.
  var STORE = 'scamdrill:' + location.host;
  function remember(on) { try { if (on) localStorage.setItem(STORE, JSON.stringify({ code: code, token: token })); else localStorage.removeItem(STORE); } catch (e) {} }
  function remembered() { try { return JSON.parse(localStorage.getItem(STORE) || 'null'); } catch (e) { return null; } }
  function normal(c) { return String(c || '').toUpperCase().replace(/[^A-Z]/g, ''); }
  // Brings what just appeared into view when it is off the screen: on a phone a long line pushes it below the fold.
  // It spans from the top of "from" to the bottom of "to" (or of "from" itself).
  function bring(from, to) { var a = from.getBoundingClientRect(), b = (to || from).getBoundingClientRect(); if (a.top < 0 || b.bottom > window.innerHeight) from.scrollIntoView({ block: 'start' }); }

  function connect(first) {
    ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    ws.onopen = function () {
      tries = 0;
      $('error').textContent = '';
      if (token) ws.send(JSON.stringify({ t: 'rejoin', code: code, token: token }));
      else ws.send(JSON.stringify(first));
    };
    ws.onmessage = function (ev) { var m; try { m = JSON.parse(ev.data); } catch (e) { return; } onMessage(m); };
    ws.onclose = function () {
      if (done) return;
      if (tries >= RECONNECT_MS.length) { $('error').textContent = t('lostPage'); return; }
      $('error').textContent = t('reconnecting');
      setTimeout(function () { connect(first); }, RECONNECT_MS[tries++]);
    };
  }

  function onMessage(m) {
    if (m.t === 'welcome') {
      token = m.token;
      remember(true);
      $('title').textContent = m.drill.title + ' — ' + m.name;
      show('join', false); show('wait', true);
    } else if (m.t === 'line') {
      showLine(m.line, m.answered);
    } else if (m.t === 'ack') {
      // Stored: the "saving" notice is over. One ack per line (sent again on a rejoin), so it replaces the list.
      $('error').textContent = '';
      $('status').textContent = t('answered');
      lock(true);
      pick(m.choice);
      var ul = $('verdicts'); ul.textContent = '';
      (m.verdicts || []).forEach(function (v) {
        var li = el('li', null, v.verdict); li.appendChild(el('div', v.name + ' — ' + verdictWord(v) + (v.critical ? ' (' + t('critical') + ')' : '')));
        if (v.verdict === 'missed') { li.appendChild(el('div', t('why') + ': ' + v.why, 'muted')); li.appendChild(el('div', t('todo') + ': ' + v.todo, 'todo')); }
        ul.appendChild(li);
      });
      bring($('status'), ul);
    } else if (m.t === 'revealed') {
      var list = $('flagList'); list.textContent = '';
      m.flags.forEach(function (f) { var li = el('li'); li.appendChild(el('strong', f.name)); li.appendChild(el('div', f.why, 'muted')); li.appendChild(el('div', t('todo') + ': ' + f.todo)); list.appendChild(li); });
      show('flags', true);
      bring($('flags'));
    } else if (m.t === 'check') {
      showCheck(m);
    } else if (m.t === 'check-saved') {
      check = null; show('check', false); show('thanks', true);
      if ($('debrief').hidden) { if (step) show('line', true); else show('wait', true); }
    } else if (m.t === 'debrief') {
      showDebrief(m.debrief);
    } else if (m.t === 'ended') {
      done = true; show('line', false); show('wait', false);
      if ($('debrief').hidden) { show('debrief', true); $('debrief').textContent = t('drillOver'); }
      ws.close();
    } else if (m.t === 'kicked') {
      done = true; show('line', false); $('error').textContent = t('kicked');
    } else if (m.t === 'error') {
      if (m.code === 'unknown-token') { token = null; remember(false); done = true; ws.close(); show('wait', false); show('join', true); $('code').value = code; $('joinBtn').disabled = false; }
      if (m.code === 'wrong-code') { token = null; done = true; show('join', true); $('joinBtn').disabled = false; }
      $('error').textContent = W['error:' + m.code] || m.message;
      if (check) $('checkSend').disabled = !answers();
    }
  }

  function lock(on) {
    $('sendBtn').disabled = on; $('answer').disabled = on;
    var b = $('choices').querySelectorAll('button'); for (var i = 0; i < b.length; i++) b[i].disabled = on;
  }

  function pick(n) {
    var b = $('choices').querySelectorAll('button');
    for (var i = 0; i < b.length; i++) { var on = n != null && i + 1 === n; b[i].classList.toggle('picked', on); b[i].setAttribute('aria-pressed', on ? 'true' : 'false'); }
  }

  function showLine(line, answered) {
    shown = line;
    show('wait', false); show('line', !check);
    var fresh = line.step !== step;
    if (fresh) { $('verdicts').textContent = ''; show('flags', false); $('answer').value = ''; }
    step = line.step;
    if (fresh && voiceOn && line.channel === 'call') speakLine(line.text);
    $('meta').textContent = t('line', { n: line.step });
    $('gap').textContent = line.gap ? t('timePassed', { gap: line.gap }) : '';
    $('gap').hidden = !line.gap;
    $('speaker').textContent = line.speaker;
    $('text').textContent = line.text;
    var box = $('choices');
    var was = box.querySelector('button.picked');
    was = was ? Array.prototype.indexOf.call(box.children, was) + 1 : null;
    box.textContent = '';
    line.choices.forEach(function (c) {
      var b = el('button', c.n + '. ' + c.text, 'choice'); b.type = 'button';
      b.onclick = function () { send({ t: 'choose', step: step, choice: c.n }); };
      box.appendChild(b);
    });
    // The same line again (answers closed, a reconnect): the picked answer stays marked.
    if (!fresh) pick(was);
    lock(answered || !line.open);
    $('status').textContent = answered ? t('answered') : line.open ? '' : t('closed');
    if (fresh) bring($('line'));
    if (timer) clearInterval(timer);
    if (line.msLeft != null && line.open && !answered) {
      deadline = Date.now() + line.msLeft;
      timer = setInterval(function () {
        var s = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        if ($('sendBtn').disabled) { clearInterval(timer); return; }
        $('status').textContent = t('secondsLeft', { n: s });
      }, 500);
    }
  }

  function showDebrief(d) {
    var box = $('debrief'); box.textContent = '';
    box.appendChild(el('h2', t('yourDebrief')));
    box.appendChild(el('p', t('outcomeScore', { outcome: t(d.outcome), score: d.score })));
    // What words/labels.ts realCallNote says: the call was real, and what its false alarms cost.
    if (d.kind === 'legitimate') box.appendChild(el('p', t('realCall')));
    if (d.falseAlarms) box.appendChild(el('p', t('falseAlarms', { n: d.falseAlarms })));
    if (d.endingText) box.appendChild(el('p', d.endingText, 'muted'));
    var ul = el('ul');
    d.flags.forEach(function (f) {
      var li = el('li'); li.appendChild(el('span', f.name + ' — ' + verdictWord(f), f.verdict));
      if (f.verdict !== 'caught') { li.appendChild(el('div', t('why') + ': ' + f.why, 'muted')); li.appendChild(el('div', t('todo') + ': ' + f.todo, 'muted')); }
      ul.appendChild(li);
    });
    box.appendChild(ul);
    show('debrief', true); show('line', false); show('flags', false);
    bring(box);
  }

  // The before/after check: every message with scam or legitimate and how sure; sent once all are answered.
  function choices(name, legend, options) {
    var f = el('fieldset'); f.appendChild(el('legend', legend, 'muted'));
    options.forEach(function (o) {
      var label = el('label'), input = el('input');
      input.type = 'radio'; input.name = name; input.value = o[0];
      input.onchange = function () { $('checkSend').disabled = !answers(); };
      label.appendChild(input); label.appendChild(document.createTextNode(o[1])); f.appendChild(label);
    });
    return f;
  }
  function picked(name) { var i = document.querySelector('input[name="' + name + '"]:checked'); return i ? i.value : null; }
  function answers() {
    var out = [];
    for (var i = 0; i < check.form.items.length; i++) {
      var a = picked('k' + i), c = picked('c' + i);
      if (!a || !c) return null;
      out.push({ item: check.form.items[i].id, answer: a, confidence: Number(c) });
    }
    return out;
  }
  function showCheck(m) {
    check = m;
    $('checkTitle').textContent = t('checkTitle', { form: m.form.id });
    $('checkIntro').textContent = m.intro;
    var ol = $('checkItems'); ol.textContent = '';
    m.form.items.forEach(function (it, i) {
      var li = el('li');
      li.appendChild(el('div', t('checkItemOf', { n: i + 1, all: m.form.items.length }) + ' · ' + t(it.channel === 'sms' ? 'channelSms' : 'channelCall') + (it.from ? ' · ' + it.from : ''), 'muted'));
      li.appendChild(el('p', it.text));
      li.appendChild(choices('k' + i, t('checkQuestion'), [['scam', t('checkScam')], ['legitimate', t('checkLegit')]]));
      li.appendChild(choices('c' + i, t('checkHowSure'), [1, 2, 3, 4].map(function (n) { return [String(n), n + ' ' + t('checkSure' + n)]; })));
      ol.appendChild(li);
    });
    $('checkSend').disabled = true;
    show('check', true); show('join', false); show('wait', false); show('line', false);
    window.scrollTo(0, 0);
  }
  $('checkSend').onclick = function () {
    var a = check && answers();
    if (a && ws && ws.readyState === 1) { ws.send(JSON.stringify({ t: 'check', phase: check.phase, answers: a })); $('checkSend').disabled = true; }
  };

  function send(m) { if (ws && ws.readyState === 1) { ws.send(JSON.stringify(m)); lock(true); return true; } return false; }

  $('joinForm').onsubmit = function (e) {
    e.preventDefault();
    // The name is masked here too: people type their ID "so the trainer knows it is me".
    if (!window.ScamdrillMask) { $('error').textContent = t('maskMissing'); return; }
    code = normal($('code').value);
    done = false;
    // The same code as before in this browser: the same person, not a second one.
    var known = remembered();
    token = known && known.code === code ? known.token : null;
    $('joinBtn').disabled = true;
    connect({ t: 'join', code: code, name: ScamdrillMask.maskReply($('name').value).text });
  };
  // A reload (or the page opened again): come back as the person this browser joined as, unless the
  // address names another drill's code.
  var known = remembered();
  if (known && known.token && (!params.get('code') || normal(params.get('code')) === known.code)) {
    code = known.code; token = known.token;
    show('join', false); show('wait', true);
    connect(null);
  }
  // Secrets stay on the phone: the answer is masked here (mask.js, the reader's own masking) and
  // only the masked text leaves, with the kinds of secret it held; the box is emptied once sent.
  // Without the masking script nothing is sent.
  $('answerForm').onsubmit = function (e) {
    e.preventDefault();
    var v = $('answer').value.trim();
    if (!v) return;
    if (!window.ScamdrillMask) { $('error').textContent = t('maskMissing'); return; }
    var m = ScamdrillMask.maskReply(v);
    if (m.text && send({ t: 'answer', step: step, text: m.text.slice(0, ${MAX_REPLY_CHARS}), leaks: m.leaks })) $('answer').value = '';
  };
})();
</script>
</body>
</html>
`;
}
