// Every word the program itself says to a person, in each language: the terminal screens, the
// reports and the drill's web page all take their words from this one table (the page gets its
// share from the host, see drill/web/page.ts). A word may have named holes, `{n}`, that t() fills.
// Names in the catalogue and the scenarios are not here: they carry their own languages.
import type { Channel, Lang } from '../core/schema';

type Word = { readonly en: string; readonly zh: string };

const LABELS = {
  // Verdicts, outcomes and the debrief
  you: { en: 'You', zh: '你' },
  caught: { en: 'caught', zh: '识破' },
  missed: { en: 'missed', zh: '漏掉' },
  open: { en: 'open', zh: '待定' },
  stillOpen: { en: 'still open', zh: '待定' },
  critical: { en: 'secret given away', zh: '泄露了机密' },
  severe: { en: 'critical', zh: '严重' },
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
  safeAction: { en: 'Safe action', zh: '正确做法' },
  times: { en: '×', zh: '次' },
  // Kinds of secret
  code: { en: 'verification code', zh: '验证码' },
  card: { en: 'bank card number', zh: '银行卡号' },
  id: { en: 'ID number', zh: '身份证号' },
  password: { en: 'password', zh: '密码' },
  phone: { en: 'phone number', zh: '手机号' },
  // How a reply was read: its intent
  intent: { en: 'reads as', zh: '意图' },
  gaveAway: { en: 'gave away', zh: '泄露' },
  comply: { en: 'goes along', zh: '照做' },
  refuse: { en: 'refuses', zh: '拒绝' },
  verify: { en: 'checks officially', zh: '官方核实' },
  hangup: { en: 'hangs up', zh: '挂断' },
  challenge: { en: 'calls it a scam', zh: '识破质疑' },
  consult: { en: 'asks someone trusted', zh: '找人商量' },
  question: { en: 'asks a question', zh: '提问' },
  stall: { en: 'stalls', zh: '拖延' },
  unclear: { en: 'unclear', zh: '不明确' },
  // Reports: playback, grading, analyze
  scenario: { en: 'Scenario', zh: '场景' },
  source: { en: 'Replies from', zh: '回答来源' },
  conversation: { en: 'Conversation', zh: '对话经过' },
  learner: { en: 'Learner', zh: '学员' },
  error: { en: 'error', zh: '出错' },
  handoutTitle: { en: 'Scripted playback', zh: '脚本回放' },
  channelCall: { en: 'call', zh: '电话' },
  channelSms: { en: 'SMS', zh: '短信' },
  channelChat: { en: 'chat', zh: '聊天' },
  summary: { en: 'Summary', zh: '汇总' },
  meanScore: { en: 'Mean score', zh: '平均分' },
  mostMissed: { en: 'Most missed', zh: '漏掉最多' },
  learners: { en: 'learners', zh: '名学员' },
  silenceFor: { en: '(silence {n}s)', zh: '（沉默 {n} 秒）' },
  // Time passing in a thread that runs over days; {gap} is the scenario's own words ("Three days later").
  timePassed: { en: '── {gap} ──', zh: '── {gap} ──' },
  savedSession: { en: 'session {id}, {date} UTC, {mode} mode', zh: '第 {id} 次练习，{date}（UTC），{mode}' },
  caller: { en: 'caller', zh: '来电' },
  receiver: { en: 'receiver', zh: '接听' },
  endedHangup: { en: 'The receiver hung up: flags still open count as caught.', zh: '接听方挂断了电话：尚未判定的信号算作识破。' },
  endedVerify: { en: 'The receiver went to verify: flags still open count as caught.', zh: '接听方去官方渠道核实：尚未判定的信号算作识破。' },
  endedFirm: { en: 'The receiver had exposed or refused the caller and never went along afterwards: flags still open count as caught.', zh: '接听方已经识破或拒绝了对方，之后也没有再配合：尚未判定的信号算作识破。' },
  endedOpen: { en: 'The call ended with flags still open: they count as missed.', zh: '通话结束时仍有未判定的信号：算作漏掉。' },
  noFlagsFound: { en: 'No red flags found in the caller\'s lines.', zh: '来电内容中没有发现危险信号。' },
  // History
  date: { en: 'Date', zh: '日期' },
  noHistory: { en: 'No practice saved yet. Run "scamdrill" to start one.', zh: '还没有保存的练习。运行 scamdrill 开始练习。' },
  keepMissing: { en: 'Red flags you keep missing:', zh: '你常漏掉的危险信号：' },
  missedCaught: { en: 'missed {missed}×, caught {caught}×', zh: '漏掉 {missed} 次，识破 {caught} 次' },
  toTrain: { en: 'To train "{flag}": scamdrill practice {id}  ({title})', zh: '练习识别“{flag}”：scamdrill practice {id}（{title}）' },
  // The practice screens
  coach: { en: 'coach', zh: '教练模式' },
  exam: { en: 'exam', zh: '考试模式' },
  incomingCall: { en: 'Incoming call', zh: '来电' },
  messages: { en: 'Messages', zh: '短信' },
  chat: { en: 'Chat', zh: '聊天' },
  answer: { en: 'answer', zh: '接听' },
  decline: { en: 'decline', zh: '拒接' },
  declined: { en: '(declined the call)', zh: '（拒接了来电）' },
  quit: { en: 'quit', zh: '退出' },
  send: { en: 'send', zh: '发送' },
  clear: { en: 'clear', zh: '清空' },
  choose: { en: 'choose', zh: '选择' },
  move: { en: 'move', zh: '移动' },
  scroll: { en: 'scroll', zh: '滚动' },
  retry: { en: 'try again', zh: '再练一次' },
  next: { en: 'next scenario', zh: '下一个场景' },
  start: { en: 'start', zh: '开始' },
  toDebrief: { en: 'debrief', zh: '查看复盘' },
  typing: { en: 'is typing…', zh: '正在输入…' },
  speaking: { en: 'is speaking…', zh: '正在说话…' },
  pushesIn: { en: '{who} pushes on in {n}s', zh: '{who}催促倒计时：{n} 秒' },
  pickTitle: { en: 'Choose a scenario to practise', zh: '选择一个场景练习' },
  savedAs: { en: 'Saved to your history (#{id}) — scamdrill history', zh: '已保存到练习记录（#{id}），查看：scamdrill history' },
  notSaved: { en: 'Not saved: {why}', zh: '未保存：{why}' },
  practiceResult: { en: '{title}: {outcome}, {score}/100 — scamdrill history', zh: '{title}：{outcome}，{score}/100。查看记录：scamdrill history' },
  charsHidden: { en: '({n} characters)', zh: '（共 {n} 个字符）' },
  over: { en: 'The conversation is over.', zh: '对话已结束。' },
  // Group drills: the web page, the terminal participant and the trainer console
  drillTitle: { en: 'scamdrill — group drill', zh: 'scamdrill — 集体演练' },
  joinCode: { en: 'Join code', zh: '加入码' },
  yourName: { en: 'Your name', zh: '你的名字' },
  join: { en: 'Join', zh: '加入' },
  connecting: { en: 'connecting…', zh: '正在连接…' },
  waiting: { en: 'Waiting for the trainer…', zh: '等待培训师开始…' },
  ownWords: { en: 'Or answer in your own words', zh: '或者用自己的话回答' },
  sendButton: { en: 'Send', zh: '发送' },
  typeAnswer: { en: 'Type a number to pick an answer, or reply in your own words; Enter sends.', zh: '输入序号选择，或用自己的话回答，回车发送。' },
  lineFlags: { en: 'Red flags in this line', zh: '这句话里的危险信号' },
  answered: { en: 'Answer received. Wait for the next line.', zh: '已收到你的回答，请等待下一句。' },
  closed: { en: 'Answers for this line are closed.', zh: '这一句已停止作答。' },
  secondsLeft: { en: '{n} s left', zh: '还剩 {n} 秒' },
  line: { en: 'Line {n}', zh: '第 {n} 句' },
  yourDebrief: { en: 'Your debrief', zh: '你的复盘' },
  outcomeScore: { en: 'Outcome: {outcome} · Score: {score}', zh: '结果：{outcome} · 得分：{score}' },
  drillOver: { en: 'The drill is over.', zh: '演练结束。' },
  kicked: { en: 'The trainer removed you from this drill.', zh: '培训师已将你移出本次演练。' },
  reconnecting: { en: 'Connection lost; reconnecting…', zh: '连接断开，正在重连…' },
  lostPage: { en: 'Cannot reach the drill. Reload this page to try again; your answers so far are kept.', zh: '连不上演练。请刷新本页重试，你之前的回答都已保存。' },
  lost: { en: 'Lost the connection to the drill host.', zh: '与演练主机的连接已断开。' },
  escToLeave: { en: 'Esc to leave', zh: '按 Esc 离开' },
  consoleTitle: { en: 'scamdrill group drill', zh: 'scamdrill 集体演练' },
  codeIs: { en: 'code', zh: '加入码' },
  joinAt: { en: 'join', zh: '加入地址' },
  orJoin: { en: 'or', zh: '或' },
  nameHole: { en: 'NAME', zh: '名字' },
  drillId: { en: 'drill {id}', zh: '演练 {id}' },
  hostMemory: { en: 'host {mb} MB', zh: '主机内存 {mb} MB' },
  secretIs: { en: 'trainer secret', zh: '培训师密钥' },
  secretHidden: { en: 't to show', zh: '按 t 显示' },
  participants: { en: 'Participants', zh: '参加者' },
  online: { en: '({n} online)', zh: '（{n} 人在线）' },
  offline: { en: '(off)', zh: '（离线）' },
  answersClosed: { en: 'answers closed', zh: '已停止作答' },
  answeredWaiting: { en: 'Answered {answered} · waiting {waiting}', zh: '已回答 {answered} · 未回答 {waiting}' },
  caughtBy: { en: 'caught by {caught} of {all}', zh: '{all} 人中 {caught} 人识破' },
  flagsHidden: { en: '{n} red flag(s) in this line — press r to reveal', zh: '这句话里有 {n} 个危险信号，按 r 揭晓' },
  closeKey: { en: 'q to close', zh: '按 q 关闭' },
  kickPrompt: { en: 'kick participant number: {typed}_ (Enter to kick, Esc to cancel)', zh: '要移出的参加者编号：{typed}_（Enter 确认，Esc 取消）' },
  endPrompt: { en: 'end the drill for everyone? y to confirm', zh: '为所有人结束演练？按 y 确认' },
  trainerKeys: {
    en: 'Enter advance (majority) · 1-9 follow that answer · r reveal flags · s skip · k kick · e end · t secret · q pause (resume later)',
    zh: 'Enter 按多数推进 · 1-9 按该回答推进 · r 揭晓危险信号 · s 跳过 · k 移出 · e 结束 · t 密钥 · q 暂停（之后可恢复）',
  },
  drillEnded: { en: 'Drill over ({reason}) — room outcome: {outcome}', zh: '演练结束（{reason}）——全场结果：{outcome}' },
  finished: { en: 'finished', zh: '已完成' },
  stopped: { en: 'stopped', zh: '已中止' },
  lineAnswered: { en: 'Line {n}: {answered} answered', zh: '第 {n} 句：{answered} 人回答' },
  leaderboard: { en: 'Leaderboard', zh: '排行榜' },
  people: { en: 'People', zh: '参加者' },
  removed: { en: '(removed)', zh: '（已移出）' },
  andMore: { en: '… and {n} more (scamdrill drill export {id})', zh: '……还有 {n} 人（scamdrill drill export {id}）' },
  // What the drill host says when it turns something down (drill/words.ts maps its error codes here)
  'error-bad-message': { en: 'The host could not read that message.', zh: '主机读不懂这条消息。' },
  'error-too-fast': { en: 'Slow down: too many messages.', zh: '发送太快了，请稍等。' },
  'error-wrong-code': { en: 'Wrong join code.', zh: '加入码不对。' },
  'error-unknown-token': { en: 'This drill does not know you; join again with your name.', zh: '本次演练找不到你，请用名字重新加入。' },
  'error-not-joined': { en: 'Join the drill first.', zh: '请先加入演练。' },
  'error-not-trainer': { en: 'Only the trainer can do that.', zh: '只有培训师可以这样做。' },
  'error-wrong-secret': { en: 'That is not this drill\'s trainer secret.', zh: '培训师密钥不对。' },
  'error-stale-line': { en: 'That line has passed; answer the current one.', zh: '这一句已经过去了，请回答当前这一句。' },
  'error-already-answered': { en: 'You have already answered this line.', zh: '这一句你已经回答过了。' },
  'error-bad-choice': { en: 'There is no such answer.', zh: '没有这个选项。' },
  'error-bad-pick': { en: 'This line has no such answer.', zh: '这一句没有这个选项。' },
  'error-unknown-participant': { en: 'No such participant.', zh: '没有这个参加者。' },
  'error-bad-name': { en: 'Give a name of 1 to 40 characters.', zh: '请填写名字（1 到 40 个字）。' },
  'error-saving': { en: 'Saving your answer… please wait; no need to send it again.', zh: '正在保存你的回答，请稍等，不用重发。' },
  'error-room-full': { en: 'The drill is full.', zh: '演练人数已满。' },
  'error-too-many-tries': { en: 'Too many wrong codes from this network; wait a few minutes.', zh: '这个网络输错加入码的次数太多，请过几分钟再试。' },
} as const satisfies Record<string, Word>;

export type LabelKey = keyof typeof LABELS;
export type Holes = Readonly<Record<string, string | number>>;

/** The word for `key` in `lang`, its `{holes}` filled from `holes`. */
export function t(key: LabelKey, lang: Lang, holes?: Holes): string {
  const s = LABELS[key][lang];
  return holes ? fill(s, holes) : s;
}

const fill = (s: string, holes: Holes) => s.replace(/\{(\w+)\}/g, (hole, name: string) => (name in holes ? String(holes[name]) : hole));

/** Words in one language (all of them by default), as sent to the web page. */
export function wordsIn(lang: Lang, keys: readonly LabelKey[] = Object.keys(LABELS) as LabelKey[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, LABELS[k][lang]]));
}

const CHANNEL_WORDS = { call: 'channelCall', sms: 'channelSms', chat: 'channelChat' } as const satisfies Record<Channel, LabelKey>;

/** A medium in words: "SMS", "电话". */
export const channelWord = (channel: Channel, lang: Lang) => t(CHANNEL_WORDS[channel], lang);
