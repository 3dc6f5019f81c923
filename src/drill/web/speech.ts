// The scammer's voice in the browser, for the projector page and the participants' phones: the
// browser's speech synthesis in the drill's language, slower than usual for older listeners.
import type { Lang } from '../../core/schema';

/** The voice each drill language is read in. */
const SPEECH_LANG: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };
/** Slower than the default 1: many in the room are older listeners. */
const SPEECH_RATE = 0.85;

/**
 * The pages' script function speakLine(text, blocked): speaks text (cutting off what was being
 * said), in a voice of the drill's language when the browser has one; blocked() runs when the
 * browser refuses to speak before someone has touched the page. No template literals inside, as in
 * the pages' scripts.
 */
export function speakScript(lang: Lang): string {
  return String.raw`
  function speakLine(text, blocked) {
    if (!window.speechSynthesis) return;
    var L = ${JSON.stringify(SPEECH_LANG[lang])};
    speechSynthesis.cancel();
    var u = new SpeechSynthesisUtterance(text);
    u.lang = L; u.rate = ${SPEECH_RATE};
    var voices = speechSynthesis.getVoices().filter(function (v) { return v.lang.replace('_', '-').indexOf(L.slice(0, 2)) === 0; });
    var exact = voices.filter(function (v) { return v.lang.replace('_', '-') === L; });
    if (exact[0] || voices[0]) u.voice = exact[0] || voices[0];
    u.onerror = function (e) { if (e.error === 'not-allowed' && blocked) blocked(); };
    speechSynthesis.speak(u);
  }`;
}
