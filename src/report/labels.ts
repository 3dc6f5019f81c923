// Words the program itself says, in each language.
import type { Lang } from '../scenario/schema';

const LABELS = {
  you: { en: 'You', zh: '你' },
  caught: { en: 'caught', zh: '识破' },
  missed: { en: 'missed', zh: '漏掉' },
  open: { en: 'open', zh: '待定' },
  critical: { en: 'secret given away', zh: '泄露了机密' },
  silence: { en: 'silence', zh: '沉默' },
  outcome: { en: 'Outcome', zh: '结果' },
  safe: { en: 'safe', zh: '安全' },
  loss: { en: 'money lost', zh: '钱财损失' },
  leak: { en: 'data leaked', zh: '信息泄露' },
  unfinished: { en: 'unfinished', zh: '未完成' },
  score: { en: 'Score', zh: '得分' },
  flags: { en: 'Red flags', zh: '危险信号' },
  why: { en: 'Why', zh: '为什么' },
  todo: { en: 'Do instead', zh: '正确做法' },
  channels: { en: 'Check through official channels', zh: '请通过官方渠道核实' },
  debrief: { en: 'Debrief', zh: '复盘' },
  leaked: { en: 'Given away', zh: '泄露的信息' },
  amount: { en: 'Lost', zh: '损失' },
  choices: { en: 'Answers', zh: '可选回答' },
  redFlag: { en: 'red flag', zh: '危险信号' },
  code: { en: 'verification code', zh: '验证码' },
  card: { en: 'bank card number', zh: '银行卡号' },
  id: { en: 'ID number', zh: '身份证号' },
  password: { en: 'password', zh: '密码' },
  phone: { en: 'phone number', zh: '手机号' },
} as const;

export type LabelKey = keyof typeof LABELS;

export const t = (key: LabelKey, lang: Lang): string => LABELS[key][lang];
