// Advice in reported speech: what a helper tells the person on the call to say ("Tell him no.",
// "Say you'll call the bank yourself.", "就说是自己消费用的") is read as the words the person would
// say to the caller. Read as it stands, "tell him" looks like handing something over; the part after
// it is what decides (docs/labelling.md, decided case 25). Pure: normalised text in, text out.

/** "tell him" / "say to them" / "跟他说": whom the advice is about (the caller, or whoever is asking). */
const TO_EN = "(?:tell|say to|answer|reply to|inform) (?:him|her|them|the (?:caller|man|woman|guy|lady|bank|police|officer|agent)|that (?:man|woman|guy|person))(?: that)?";
/** What a reported clause starts with, so "tell him the code" (a thing, not words to say) stays as it is. */
const CLAUSE_EN = "(?:no|nope|yes|ok|okay|sure|fine|not|nothing|never|you|your|it|it's|its|that|this|he|she|they|we|i|i'm|i'll|there|we're|thanks|thank)\\b";
const LEAD_EN = '^(?:(?:no|yes|ok|okay|well|just|so|then|and|please)[,.!]? )*(?:you should |you can |you could |better |i would |i\'d )?(?:just )?';

const ADVICE_EN = new RegExp(`${LEAD_EN}(?:${TO_EN}|say)[,:]? ["“']?(?=${CLAUSE_EN})(.+)$`);
const ADVICE_ZH = /^(?:你)?(?:就|直接|只要|只管)?(?:(?:告诉|跟|和|对)(?:他|她|他们|她们|对方|银行|警察)(?:说)?|就说|你就说)[，,：:\s]*["“]?(?=[你您不没我是就好行可要自别先还])(.+)$/;

// From the helper's view to the person's: "you" is the person (I), "him/her/them" the caller (you).
const SWAP_EN: Array<[RegExp, string]> = [
  [/\byou(?:'re| are)\b/g, 'i am'],
  [/\byou'll\b/g, "i'll"],
  [/\byou've\b/g, "i've"],
  [/\byou'd\b/g, "i'd"],
  [/\byourself\b/g, 'myself'],
  [/\byours\b/g, 'mine'],
  [/\byour\b/g, 'my'],
];

/** "you" as the subject of a clause becomes "i"; elsewhere ("call you back") "me". */
const swapYou = (t: string) => t.replace(/(^|[,.;!?] *|\b(?:and|but|that|so|because|if) )you\b|\byou\b/g, (m, lead: string | undefined) => (lead !== undefined ? `${lead}i` : 'me'));

/** The words the advice tells the person to say, in the person's voice; the text itself when it is not advice of that form. */
export function spokenPart(t: string): string {
  const en = ADVICE_EN.exec(t);
  if (en) {
    let said = en[1]!;
    for (const [re, to] of SWAP_EN) said = said.replace(re, to);
    return swapYou(said).replace(/\b(?:him|her|them)\b/g, 'you');
  }
  const zh = ADVICE_ZH.exec(t);
  return zh ? zh[1]!.replace(/[你您]/g, '我') : t;
}
