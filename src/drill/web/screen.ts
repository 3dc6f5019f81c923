// The projector page the host serves at /screen, for the trainer only (drill/screen-route.ts checks
// the secret): the scenario, the scammer's line in large type, the countdown, the live tally as
// bars, the red flags once revealed, the room's outcome at the end, and a QR code to join. Call
// lines are spoken with the browser's speech synthesis; chat and SMS lines only on Replay.
// Like page.ts: one HTML string, no build step, no template literals in the script, everything
// received shown with textContent; it connects as a trainer and only listens.
import { INTENTS } from '../../core/constants';
import type { Lang } from '../../core/schema';
import { kindWord, t, wordsIn, type KindWord, type LabelKey } from '../../words/labels';
import { RECONNECT_DELAYS_MS } from '../reconnect';
import { qrSvg } from '../qr';
import { speakScript } from './speech';

const SCRIPT_WORDS = [
  'line', 'secondsLeft', 'answeredWaiting', 'finished', 'stopped', 'leaderboard', 'drillOver', 'drillEnded', 'reconnecting',
  'voiceOn', 'voiceOff', 'missedBy', 'loss', 'leak', 'unfinished', 'screenTie', 'screenTrainerPicks', 'unclear', ...INTENTS,
] as const satisfies readonly LabelKey[];
const KIND_WORDS = ['caughtBy', 'todo', 'safe', 'lineFlags'] as const satisfies readonly KindWord[];

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export interface ScreenSetup {
  lang: Lang;
  /** The drill plays a real call: its flags are green. */
  green: boolean;
  secret: string;
  code: string;
  /** Where the room reaches the host (public-url.ts), and the join link the QR code carries. */
  base: string;
  joinLink: string;
}

export function screenPage(o: ScreenSetup): string {
  const { lang, green } = o;
  const w = (k: LabelKey) => html(t(k, lang));
  const words = { ...wordsIn(lang, SCRIPT_WORDS), ...Object.fromEntries(KIND_WORDS.map((k) => [k, kindWord(k, green, lang)])), mostMissed: t('mostMissed', lang) };
  const setup = { secret: o.secret, reconnectMs: RECONNECT_DELAYS_MS };
  return String.raw`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w('screenTitle')}</title>
<style>
  /* Read from the back of a room: nothing under 24 px at 1280×720, near-black on white (about 18:1). */
  html { font-size: max(24px, 2.1vw); }
  body { font: 1rem/1.35 system-ui, sans-serif; margin: 0; background: #fff; color: #111; }
  main { display: grid; grid-template-columns: 1fr 26vw; gap: 1.2rem; padding: 1rem 1.4rem; min-height: 100vh; box-sizing: border-box; }
  h1 { font-size: 1.1rem; margin: 0 0 .6rem; color: #333; }
  .meta { color: #333; display: flex; gap: 1.2rem; align-items: baseline; }
  #countdown { font-weight: 700; color: #8a1010; font-size: 1.3rem; }
  #line { margin: .6rem 0 1rem; padding: 1rem 1.2rem; border-radius: .6rem; font-size: 1.9rem; line-height: 1.3; }
  #line.call { background: #1b1b1b; color: #fff; border-left: .5rem solid #c62828; }
  #line.chat, #line.sms { background: #e9eef5; color: #111; border-radius: 1.4rem 1.4rem 1.4rem .2rem; }
  #speaker { display: block; font-size: .8rem; font-weight: 700; margin-bottom: .3rem; }
  #line.call #speaker { color: #ffb3b3; } #line.chat #speaker, #line.sms #speaker { color: #1d4e89; }
  .bars { list-style: none; padding: 0; margin: 0; }
  .bars li { display: grid; grid-template-columns: 9rem 1fr 3rem; gap: .5rem; align-items: center; margin: .25rem 0; }
  .bar { height: 1.1rem; background: #1d4e89; border-radius: .2rem; min-width: 2px; }
  .num { text-align: right; font-weight: 700; }
  #flags li, #missed li { margin: .4rem 0; }
  .why { color: #333; } .todo { color: #0b5a1e; font-weight: 600; }
  aside { text-align: center; border-left: 2px solid #ddd; padding-left: 1rem; }
  #qr svg { width: 100%; height: auto; max-width: 24vw; }
  #code { font-size: min(2rem, 3.6vw); font-weight: 800; letter-spacing: .08em; margin: .2rem 0; }
  .small { font-size: .8rem; color: #333; overflow-wrap: anywhere; }
  button { font: inherit; font-size: .85rem; padding: .3rem .7rem; margin: .3rem .2rem; border-radius: .4rem; border: 2px solid #1d4e89; background: #fff; color: #1d4e89; cursor: pointer; }
  button[aria-pressed="false"] { border-color: #666; color: #444; }
  #hint { color: #8a1010; font-weight: 700; }
  #tie { font-weight: 700; color: #111; background: #ffe08a; padding: .4rem .8rem; border-radius: .4rem; margin: 0 0 .6rem; }
  [hidden] { display: none !important; }
</style>
</head>
<body>
<main>
  <section>
    <h1 id="title">${w('screenTitle')}</h1>
    <div class="meta"><span id="step"></span><span id="countdown" aria-live="polite"></span><span id="answered"></span></div>
    <div id="line" hidden><span id="speaker"></span><span id="text"></span></div>
    <p id="tie" role="status" hidden></p>
    <ul id="tally" class="bars"></ul>
    <section id="reveal" hidden><h2>${html(kindWord('lineFlags', green, lang))}</h2><ul id="flags"></ul></section>
    <section id="end" hidden>
      <h2 id="outcome"></h2>
      <h3>${w('mostMissed')}</h3><ul id="missed"></ul>
      <section id="board" hidden><h3>${w('leaderboard')}</h3><ol id="boardList"></ol></section>
    </section>
    <p id="status" class="small" role="status"></p>
  </section>
  <aside>
    <h2>${w('scanToJoin')}</h2>
    <div id="qr">${qrSvg(o.joinLink, o.joinLink)}</div>
    <div id="code">${html(o.code)}</div>
    <p class="small">${html(t('orOpenCode', lang, { url: o.base }))}</p>
    <button id="voice" type="button" aria-pressed="true">${w('voiceOn')}</button><button id="replay" type="button">${w('replay')}</button>
    <p id="hint" hidden>${w('voiceBlocked')}</p>
  </aside>
</main>
<script>
(function () {
  var W = ${scriptJson(words)};
  var S = ${scriptJson(setup)};
  function t(k, holes) { var s = W[k] == null ? k : W[k]; return holes ? s.replace(/\{(\w+)\}/g, function (h, n) { return n in holes ? String(holes[n]) : h; }) : s; }
  function $(id) { return document.getElementById(id); }
  function show(id, on) { $(id).hidden = !on; }
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }

  var line = null, spokenStep = 0, deadline = 0, tries = 0, done = false, outcome = null;
  var voiceOn = true;
  try { voiceOn = localStorage.getItem('scamdrill:screen-voice') !== 'off'; } catch (e) {}

  // The voice: call lines are spoken as they arrive; chat and SMS lines only when Replay asks.
  ${speakScript(lang)}
  // Browsers refuse to speak before someone has touched the page: say so, and speak on the first click.
  function speak(l) { if (l) speakLine(l.text, function () { show('hint', true); }); }
  function voiceButton() { $('voice').textContent = t(voiceOn ? 'voiceOn' : 'voiceOff'); $('voice').setAttribute('aria-pressed', String(voiceOn)); }
  $('voice').onclick = function (e) {
    e.stopPropagation();
    voiceOn = !voiceOn; voiceButton();
    try { localStorage.setItem('scamdrill:screen-voice', voiceOn ? 'on' : 'off'); } catch (err) {}
    if (!voiceOn && window.speechSynthesis) speechSynthesis.cancel();
  };
  $('replay').onclick = function (e) { e.stopPropagation(); show('hint', false); speak(line); };
  document.body.addEventListener('click', function () { if (!$('hint').hidden) { show('hint', false); if (voiceOn && line && line.channel === 'call') speak(line); } });
  voiceButton();

  function connect() {
    var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    ws.onopen = function () { tries = 0; $('status').textContent = ''; ws.send(JSON.stringify({ t: 'trainer', secret: S.secret })); };
    ws.onmessage = function (ev) { var m; try { m = JSON.parse(ev.data); } catch (e) { return; } onMessage(m); };
    ws.onclose = function () {
      if (done || tries >= S.reconnectMs.length) return;
      $('status').textContent = t('reconnecting');
      setTimeout(connect, S.reconnectMs[tries++]);
    };
  }

  function onMessage(m) {
    if (m.t === 'trainer-ok') $('title').textContent = m.drill.title;
    else if (m.t === 'line') showLine(m.line);
    else if (m.t === 'tally') showTally(m.tally);
    else if (m.t === 'revealed') showFlags(m.flags);
    else if (m.t === 'results') showResults(m.results);
    else if (m.t === 'ended') { done = true; show('end', true); $('outcome').textContent = outcome ? t('drillEnded', { reason: t(m.reason), outcome: outcome }) : t('drillOver'); }
  }

  function showLine(l) {
    var fresh = !line || line.step !== l.step;
    line = l;
    $('step').textContent = t('line', { n: l.step });
    $('line').className = l.channel;
    $('speaker').textContent = l.speaker;
    $('text').textContent = l.text;
    show('line', true);
    if (fresh) { show('reveal', false); show('tally', true); show('tie', false); $('tally').textContent = ''; $('answered').textContent = ''; }
    deadline = l.msLeft != null && l.open ? Date.now() + l.msLeft : 0;
    tick();
    if (l.step !== spokenStep) { spokenStep = l.step; if (voiceOn && l.channel === 'call') speak(l); }
  }

  function tick() { $('countdown').textContent = deadline ? t('secondsLeft', { n: Math.max(0, Math.round((deadline - Date.now()) / 1000)) }) : ''; }
  setInterval(tick, 500);

  function bars(rows, total) {
    var ul = $('tally'); ul.textContent = '';
    rows.forEach(function (r) {
      var li = el('li'), bar = el('div', null, 'bar');
      bar.style.width = (total ? Math.round(100 * r[1] / total) : 0) + '%';
      li.appendChild(el('span', r[0])); var box = el('div'); box.appendChild(bar); li.appendChild(box); li.appendChild(el('span', String(r[1]), 'num'));
      ul.appendChild(li);
    });
  }
  function showTally(x) {
    if (!line || x.step !== line.step) return;
    $('answered').textContent = t('answeredWaiting', { answered: x.answered, waiting: x.waiting });
    var rows = line.choices.map(function (c) { return ['#' + c.n, x.byChoice['#' + c.n] || 0]; });
    Object.keys(x.byIntent).forEach(function (i) { if (x.byIntent[i]) rows.push([t(i), x.byIntent[i]]); });
    bars(rows, x.answered + x.waiting);
    // A tie moves nothing on by itself (not even auto pace): the room waits for the trainer's pick,
    // as it does on every line of a drill that follows the trainer.
    $('tie').textContent = x.tie ? t('screenTie', { between: x.tie.map(say).join(' · ') }) : x.trainer ? t('screenTrainerPicks') : '';
    show('tie', !!(x.tie || x.trainer));
  }
  /** One of the tied answers, as the trainer console names it. */
  function say(pick) { return pick.choice != null ? '#' + pick.choice : pick.intent ? t(pick.intent) : t('unclear'); }

  function flagItem(f) {
    var li = el('li'); li.appendChild(el('strong', f.name + ' — ' + t('caughtBy', { caught: f.caught, all: f.caught + f.missed + (f.open || 0) })));
    li.appendChild(el('div', f.why, 'why')); li.appendChild(el('div', t('todo') + ': ' + f.todo, 'todo'));
    return li;
  }
  function showFlags(flags) {
    var ul = $('flags'); ul.textContent = '';
    flags.forEach(function (f) { ul.appendChild(flagItem(f)); });
    // The flags say how many caught each: they take the bars' place, so they fit at 1280×720.
    show('tally', false); show('reveal', true);
  }

  function showResults(r) {
    show('line', false); show('tally', false); show('reveal', false); show('tie', false); deadline = 0; tick();
    $('step').textContent = ''; $('answered').textContent = '';
    outcome = t(r.outcome);
    // The flags the room missed most, over every line they were on.
    var by = {};
    r.lines.forEach(function (l) { l.flags.forEach(function (f) { var x = by[f.id] || (by[f.id] = { name: f.name, missed: 0 }); x.missed += f.missed + (f.open || 0); }); });
    var ul = $('missed'); ul.textContent = '';
    Object.keys(by).map(function (k) { return by[k]; }).filter(function (x) { return x.missed; })
      .sort(function (a, b) { return b.missed - a.missed; }).slice(0, 5)
      .forEach(function (x) { ul.appendChild(el('li', x.name + ' — ' + t('missedBy', { n: x.missed }))); });
    if (r.leaderboard) {
      var ol = $('boardList'); ol.textContent = '';
      r.leaderboard.slice(0, 10).forEach(function (p) { ol.appendChild(el('li', p.name + ': ' + p.score)); });
      show('board', true);
    }
  }

  connect();
})();
</script>
</body>
</html>
`;
}
