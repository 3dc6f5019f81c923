// A reply's dialect and chat words in their plain forms, for reading its intent: "冇问题，要得" reads as "没问题，好的",
// "俺不知道恁是谁" as "我不知道你是谁", "idk wat u mean" as "i don't know what you mean". People answer in the words of
// their town and their phone; the rules' cues and the model's n-grams know the plain words best, and a new town's words
// should not read as a new language. Only words that mean one thing wherever they stand are listed (冇, 俺, 嘅 — not
// 系, in 关系 and 联系, nor 额, in 额度), from the common words of the major Chinese dialects and of English chat and
// dialect speech, not from any one corpus. Secrets are read from the reply as written (secrets.ts), never from this.
import { HAN } from './passwords';
import { simplified } from './simplified';

/** Chinese dialect words (Cantonese, Wu, Northeastern, Sichuan-Chongqing, Shandong, Hunan, Shaanxi, Henan) and chat words. */
const ZH: Record<string, string> = {
  // Cantonese
  唔该: '谢谢', 多谢晒: '谢谢', 唔使: '不用', 唔好: '不要', 唔系: '不是', 系唔系: '是不是', 系咪: '是不是', 唔知: '不知道',
  唔得: '不行', 唔会: '不会', 唔: '不', 冇问题: '没问题', 冇: '没有', 咩事: '什么事', 咩: '什么', 乜嘢: '什么', 乜: '什么',
  点解: '为什么', 点样: '怎么样', 点算: '怎么办', 边个: '谁', 边度: '哪里', 而家: '现在', 依家: '现在', 嘅: '的', 佢哋: '他们',
  佢: '他', 咗: '了', 嚟: '来', 睇下: '看看', 睇: '看', 畀: '给', 俾: '给', 揾: '找', 啱: '对', 咁: '这么', 噉: '这样',
  我哋: '我们', 你哋: '你们', 好嘅: '好的',
  // Wu (Shanghai, Zhejiang)
  侬: '你', 阿拉: '我们', 覅: '不要', 勿要: '不要', 晓得伐: '知道吗', 好伐: '好吗', 是伐: '是吗', 哪能: '怎么', 老好: '很好',
  事体: '事情', 伊拉: '他们',
  // Northeastern
  嘎哈: '干什么', 干哈: '干什么', 咋整: '怎么办', 唠嗑: '聊天', 嗯呐: '嗯',
  // Sichuan-Chongqing, Hunan, Guizhou
  啥子: '什么', 撒子: '什么', 么子: '什么', 要得: '好的', 莫得: '没有', 冇得: '没有', 晓得: '知道', 咋个: '怎么', 巴适: '好',
  // Shandong, Henan, Shaanxi
  俺们: '我们', 俺: '我', 恁: '你', 杠好: '很好', 弄啥嘞: '干什么', 弄啥: '干什么', 嫑: '不要',
  // chat
  木有: '没有', 肿么: '怎么', 神马: '什么', 酱紫: '这样子', 不造: '不知道', 童鞋: '同学',
};

/** English chat shorthand and dialect words, each a whole word. */
const EN: Record<string, string> = {
  u: 'you', yuh: 'you', yu: 'you', "y'all": 'you', yall: 'you', youse: 'you', yous: 'you',
  pls: 'please', plz: 'please', plis: 'please', abeg: 'please', thx: 'thanks', thnx: 'thanks', tnx: 'thanks', ty: 'thank you',
  idk: "i don't know", dunno: "don't know", wdym: 'what do you mean', rn: 'right now', tbh: 'to be honest', bc: 'because',
  cuz: 'because', coz: 'because', abt: 'about', msg: 'message', txt: 'text', wat: 'what', wut: 'what', wetin: 'what', wah: 'what',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', lemme: 'let me', gimme: 'give me', yep: 'yes', yup: 'yes', aye: 'yes',
  nah: 'no', naw: 'no', nope: 'no', cannae: "can't", canna: "can't", dinnae: "don't", didnae: "didn't", wouldnae: "wouldn't",
  willnae: "won't", isnae: "isn't", dat: 'that', dis: 'this', di: 'the', dem: 'them', nuh: 'not', tink: 'think', wid: 'with',
  "ain't": "isn't", 'fixin to': 'going to', "fixin' to": 'going to', ye: 'you', yer: 'your', masel: 'myself', mysel: 'myself',
  efter: 'after', mair: 'more',
};

const alternation = (keys: string[]) => keys.sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const ZH_WORDS = new RegExp(alternation(Object.keys(ZH)), 'g');
// ("callin'", "nothin'": a dropped g, as dialect speech and chat write it)
const DROPPED_G = /(?<![a-z'])([a-z]{2,}in)'(?![a-z])/g;
const EN_WORDS = new RegExp(`(?<![a-z'])(?:${alternation(Object.keys(EN))})(?![a-z'])`, 'g');

/** The text with its dialect and chat words in their plain forms (lower-case English, as the reader's text is). */
export function plainWords(text: string): string {
  let out = text;
  if (HAN.test(out)) out = out.replace(ZH_WORDS, (w) => ZH[w]!);
  if (/[a-z]/.test(out)) out = out.replace(EN_WORDS, (w) => EN[w]!).replace(DROPPED_G, '$1g');
  return out;
}

/**
 * A caller's line as the cues, the caller model and the asks read it: traditional characters as simplified ones, dialect
 * and chat words plain ("你唔好同任何人讲" reads "你不要同任何人讲"), as a reply's are. English words are mapped where they are
 * written in lower case, as chat writes them; a capital ("U.S.") is left alone.
 */
export const plainLine = (line: string): string => plainWords(simplified(line));
