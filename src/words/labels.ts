// Every word the program itself says to a person, in each language: the terminal screens, the
// reports and the drill's web page all take their words from this one table (the page gets its
// share from the host, see drill/web/page.ts). A word may have named holes, `{n}`, that t() fills.
// Names in the catalogue and the scenarios are not here: they carry their own languages.
import type { Debrief } from '../core/debrief';
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
  // A real call (kind: legitimate): its flags are green, signs that make it checkable. Going along or
  // checking is handled right; brushing the caller off is a false alarm (kindWord picks these).
  handledRight: { en: 'handled right', zh: '做得对' },
  falseAlarm: { en: 'false alarm', zh: '误判为诈骗' },
  falseAlarmMany: { en: 'false alarms', zh: '误判为诈骗' },
  greenFlags: { en: 'Green flags (signs of a real call)', zh: '可信信号（真实来电的特征）' },
  greenTodo: { en: 'What to do', zh: '怎么做' },
  noHarm: { en: 'no harm done', zh: '没有损失' },
  realCall: { en: 'This was a real call, not a scam.', zh: '这是一通真实来电，不是诈骗。' },
  falseAlarms: {
    en: 'False alarms: {n} (signs of a real call you treated as a scam). A false alarm is a cost, not a danger: a real warning or service is missed. When in doubt, check through the official number instead of just hanging up; that is right on every call.',
    zh: '误判 {n} 处（把真实来电的可信信号当成了诈骗）。误判是一种代价，不是危险：真正的提醒或服务会就此错过。拿不准时，别一挂了之，自己打官方电话核实，对哪种来电都不会错。',
  },
  lineGreenFlags: { en: 'Green flags in this line', zh: '这句话里的可信信号' },
  redFlag: { en: 'red flag', zh: '危险信号' },
  greenFlag: { en: 'green flag', zh: '可信信号' },
  handledBy: { en: 'handled right by {caught} of {all}', zh: '{all} 人中 {caught} 人做得对' },
  greenFlagsHidden: { en: '{n} green flag(s) in this line — press r to reveal', zh: '这句话里有 {n} 个可信信号，按 r 揭晓' },
  kindScam: { en: 'scam', zh: '诈骗' },
  kindLegitimate: { en: 'real call', zh: '真实来电' },
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
  // Answers files and scripted playback: what is wrong with a line of answers, in the report's
  // language. answers/parse.ts, playback/run.ts and core/session.ts raise these codes with their holes
  // (and their English as the error's message, which test/playback/messages.test.ts holds to these).
  'answers-not-a-number': { en: '"#{n}" is not an answer number; answers are numbered from #1', zh: '“#{n}”不是回答的序号；序号从 #1 开始' },
  'answers-unknown-instruction': { en: 'unknown instruction "@{word}"; the only one is "@wait 30s" (to say a line starting with @, write \\@…)', zh: '不认识的指令“@{word}”；只有“@wait 30s”这一种（要说一句以 @ 开头的话，请写 \\@…）' },
  'answers-wait-needs-duration': { en: '"@wait" needs a duration; write "@wait 30s"', zh: '“@wait”后面要写时长，例如“@wait 30s”' },
  'answers-wait-not-duration': { en: '"@wait {arg}" is not a duration; write "@wait 30s"', zh: '“@wait {arg}”不是时长，请写成“@wait 30s”这样' },
  'answers-wait-zero': { en: '"@wait {arg}" waits no time at all; write "@wait 30s"', zh: '“@wait {arg}”等于没有等待，请写成“@wait 30s”这样' },
  'answers-wait-too-long': { en: '"@wait {arg}" is longer than a day; write "@wait 30s" or "@wait 5m"', zh: '“@wait {arg}”超过一天了，请写成“@wait 30s”或“@wait 5m”这样' },
  'session-started': { en: 'the conversation has already started', zh: '对话已经开始了' },
  'session-not-started': { en: 'the conversation has not started', zh: '对话还没有开始' },
  'session-over': { en: 'the conversation is over', zh: '对话已经结束了' },
  'reply-no-such-answer': { en: 'there is no answer #{choice}; choose 1 to {n}', zh: '没有第 {choice} 个回答，请在 1 到 {n} 之间选择' },
  'reply-no-choices': { en: 'this line has no numbered answers; reply in your own words', zh: '这一句没有可选的回答，请用自己的话回答' },
  aReply: { en: 'a reply', zh: '一句回答' },
  answersFileErrors: { en: 'the answers file has errors:', zh: '回答文件有错误：' },
  // A check's answers file (check/answers.ts), one line per message of the form
  'check-not-an-answer': { en: 'not an answer; write "scam 3" or "legit 2": scam or legit, then how sure from 1 (guessing) to 4 (certain)', zh: '不是回答；请写“诈骗 3”或“正常 2”：先写诈骗或正常，再写有多确定，从 1（猜的）到 4（确定）' },
  'check-answer-count': { en: '{n} answers for the {items} items of form {form}; write one answer per item, in order', zh: '{form} 卷有 {items} 条消息，这里却有 {n} 个回答；请按顺序每条写一个回答' },
  'playback-refused': { en: '{step} at turn "{turn}": {why}', zh: '{step}（在“{turn}”这一步）：{why}' },
  'playback-ran-out': { en: 'the answers ran out before the conversation ended (after line {line}, turn "{turn}" is waiting for a reply)', zh: '对话还没结束，回答就用完了（第 {line} 行之后，“{turn}”这一步还在等回答）' },
  'playback-ran-out-none': { en: 'the answers ran out before the conversation ended (turn "{turn}" is waiting for a reply)', zh: '对话还没结束，回答就用完了（“{turn}”这一步还在等回答）' },
  'playback-left-over': { en: 'the conversation had already ended (at line {line}); {n} answers left over', zh: '对话已经结束了（在第 {line} 行）；还剩 {n} 条回答没用上' },
  'playback-left-over-one': { en: 'the conversation had already ended (at line {line}); 1 answer left over', zh: '对话已经结束了（在第 {line} 行）；还剩 1 条回答没用上' },
  'playback-note-unfinished': { en: '{file}: the answers ran out before the conversation ended; the outcome is "unfinished" (add more answers, or use --strict to make this an error)', zh: '{file}：对话还没结束，回答就用完了；结果记为“未完成”（请补充回答，或加上 --strict 把这种情况当作错误）' },
  'playback-note-left-over': { en: '{file}:{line}: the conversation had already ended; {n} answers from here on not used', zh: '{file}:{line}：对话已经结束了；从这里起的 {n} 条回答没有用上' },
  'playback-note-left-over-one': { en: '{file}:{line}: the conversation had already ended; 1 answer from here on not used', zh: '{file}:{line}：对话已经结束了；从这里起的 1 条回答没有用上' },
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
  // The title row of a text or chat thread: "Messages: ETC service"
  threadFrom: { en: '{channel}: {who}', zh: '{channel}：{who}' },
  pushesIn: { en: '{who} pushes on in {n}s', zh: '{who}催促倒计时：{n} 秒' },
  pickTitle: { en: 'Choose a scenario to practise', zh: '选择一个场景练习' },
  savedAs: { en: 'Saved to your history (#{id}) — scamdrill history', zh: '已保存到练习记录（#{id}），查看：scamdrill history' },
  notSaved: { en: 'Not saved: {why}', zh: '未保存：{why}' },
  practiceResult: { en: '{title}: {outcome}, {score}/100 — scamdrill history', zh: '{title}：{outcome}，{score}/100。查看记录：scamdrill history' },
  charsHidden: { en: '({n} characters)', zh: '（共 {n} 个字符）' },
  // …and when the box is full (MAX_REPLY_CHARS): a longer paste keeps only its start
  replyFull: { en: '({n} characters: the most a reply can hold)', zh: '（共 {n} 个字符：回复最多这么长）' },
  // Rows out of view on a screen that scrolls, and the key that shows each flag in full (one row each when space is short)
  moreAbove: { en: '… {n} more lines ↑', zh: '…… 上面还有 {n} 行 ↑' },
  moreAboveOne: { en: '… 1 more line ↑', zh: '…… 上面还有 1 行 ↑' },
  moreBelow: { en: '… {n} more lines ↓', zh: '…… 下面还有 {n} 行 ↓' },
  moreBelowOne: { en: '… 1 more line ↓', zh: '…… 下面还有 1 行 ↓' },
  flagsMore: { en: 'details', zh: '展开信号' },
  flagsLess: { en: 'fewer', zh: '收起信号' },
  // --plain practice: under the title, how to answer and how to leave
  plainHelp: { en: 'Type your reply and press Enter; /quit leaves.', zh: '输入你的回答，按回车发送；输入 /quit 离开。' },
  plainHelpChoices: { en: 'Type the number of an answer, or your own words, and press Enter; /quit leaves.', zh: '输入答案的编号或你自己的话，按回车发送；输入 /quit 离开。' },
  over: { en: 'The conversation is over.', zh: '对话已结束。' },
  // Spot mode: the learner watches a call and marks the lines that show a red flag
  spotTitle: { en: 'Spot the red flags', zh: '找出危险信号' },
  spotSeed: { en: 'seed {seed}', zh: '随机种子 {seed}' },
  spotCallOf: { en: 'call {n} of {all}', zh: '第 {n} 通，共 {all} 通' },
  spotScam: { en: 'a scam', zh: '诈骗' },
  spotReal: { en: 'a real call', zh: '真实来电' },
  spotPerson: { en: 'Person', zh: '当事人' },
  spotAsk: { en: 'Does this line show a red flag?', zh: '这句话有危险信号吗？' },
  spotNameIt: { en: 'Which red flag is it? (you may skip this)', zh: '是哪一种危险信号？（可以不选）' },
  spotRedFlag: { en: 'red flag', zh: '有危险信号' },
  spotNoRedFlag: { en: 'no red flag', zh: '没有危险信号' },
  spotSkipName: { en: 'skip', zh: '不选' },
  spotNextCall: { en: 'next call', zh: '下一通' },
  spotToResult: { en: 'result', zh: '看结果' },
  spotResult: { en: 'Your result', zh: '你的结果' },
  spotCut: { en: '(The recording stops here; the call went on.)', zh: '（录音到此为止，通话还在继续。）' },
  spotHit: { en: 'hit', zh: '命中' },
  spotMiss: { en: 'miss', zh: '漏报' },
  spotFalseAlarm: { en: 'false alarm', zh: '误报' },
  spotCorrectRejection: { en: 'correct rejection', zh: '正确放过' },
  spotYouNamed: { en: 'you named', zh: '你选的是' },
  spotNamedRight: { en: 'right', zh: '对' },
  spotNamedWrong: { en: 'wrong', zh: '错' },
  spotTotals: { en: 'Hits {hits} · misses {misses} · false alarms {falseAlarms} · correct rejections {rejections}', zh: '命中 {hits} · 漏报 {misses} · 误报 {falseAlarms} · 正确放过 {rejections}' },
  spotNaming: { en: 'Red flags named right: {right}, wrong: {wrong} (of {hits} hits)', zh: '危险信号说对 {right} 个，说错 {wrong} 个（共命中 {hits} 句）' },
  spotDPrime: { en: 'Discernment d′ = {d}: {band}', zh: '辨别力 d′ = {d}：{band}' },
  bandGuess: { en: 'no better than guessing', zh: '和瞎猜差不多' },
  bandWeak: { en: 'weak', zh: '较弱' },
  bandFair: { en: 'fair', zh: '尚可' },
  bandGood: { en: 'good', zh: '良好' },
  spotDifference: { en: 'Hits − false alarms: you marked {hitRate} of the red-flag lines and {faRate} of the others: {points} points', zh: '命中率 − 误报率：有危险信号的句子你标了 {hitRate}，其他句子标了 {faRate}，相差 {points} 个百分点' },
  spotOneKind: { en: 'Discernment needs lines with a red flag and lines without one, and this drill had only one kind: you marked {hitRate} of the red-flag lines and {faRate} of the others.', zh: '辨别力要有危险信号和没有危险信号的两类句子才能算，这次只有一类：有危险信号的句子你标了 {hitRate}，其他句子标了 {faRate}。' },
  spotSummary: { en: 'Spot the red flags: {hits} hits, {falseAlarms} false alarms, d′ {d} (seed {seed})', zh: '找出危险信号：命中 {hits}，误报 {falseAlarms}，d′ {d}（随机种子 {seed}）' },
  spotPlainAsk: { en: 'Red flag? x and Enter = yes, Enter = no (/quit to stop)', zh: '有危险信号吗？输入 x 回车表示有，直接回车表示没有（/quit 结束）' },
  spotPlainName: { en: 'Which one? 1-{n} and Enter, or Enter to skip', zh: '是哪一种？输入 1-{n} 回车，直接回车跳过' },
  spotPlainNext: { en: 'Enter for the next call', zh: '回车听下一通' },
  // The helper role: the learner advises a simulated person on the call (words/helper.ts)
  helperPerson: { en: 'Mrs Wang', zh: '王阿姨' },
  helperToYou: { en: '{who} (to you)', zh: '{who}（问你）' },
  helperHelping: { en: 'you are helping {who}', zh: '你在帮{who}出主意' },
  helperAskCode: { en: 'He says he needs the code. Should I give it to him?', zh: '他说要验证码，我要不要给？' },
  helperAskCard: { en: 'He wants my bank card number. Should I tell him?', zh: '他要我的银行卡号，我要不要告诉他？' },
  helperAskPassword: { en: 'He is asking for my password. Should I tell him?', zh: '他问我的密码，我要不要说？' },
  helperAskTransfer: { en: 'He wants me to transfer the money. Should I do it?', zh: '他让我转账，我要不要转？' },
  helperAskScreen: { en: 'He wants me to share my screen with him. Should I?', zh: '他让我把屏幕共享给他，我要不要共享？' },
  helperAskInstall: { en: 'He wants me to install an app. Should I?', zh: '他让我装一个软件，我要不要装？' },
  helperAskPersonal: { en: 'He is asking for my personal details. Should I tell him?', zh: '他问我的个人信息，我要不要告诉他？' },
  helperAskAgain: { en: 'He is still on about it. What should I do?', zh: '他还在说这个，我该怎么办？' },
  helperAskFirst: { en: 'What do you think? What should I do?', zh: '你觉得呢？我该怎么办？' },
  helperHungUp: { en: '{who} ended the conversation.', zh: '{who}结束了对话。' },
  helperEnding: { en: 'For {who}: {text}', zh: '{who}的结局：{text}' },
  helperSaysComply: { en: 'All right, I will do it.', zh: '好吧，我照做。' },
  helperSaysRefuse: { en: 'No, I will not do that.', zh: '不，这个我不做。' },
  helperSaysVerify: { en: 'I will check with the official number myself first.', zh: '我先自己打官方电话核实一下。' },
  helperSaysHangup: { en: 'I am hanging up now.', zh: '我先挂了。' },
  helperSaysChallenge: { en: 'This sounds like a scam to me.', zh: '我看你这是诈骗。' },
  helperSaysConsult: { en: 'I need to talk to my family first.', zh: '我得先跟家里人商量一下。' },
  helperSaysQuestion: { en: 'Why do you need that?', zh: '你要这个做什么？' },
  helperSaysStall: { en: 'Let me think about it.', zh: '让我想一想。' },
  helperSaysUnclear: { en: 'Um… I am not sure.', zh: '嗯……我也说不好。' },
  helperAdvise: { en: 'advise', zh: '给建议' },
  helperAdviceTitle: { en: 'Your advice, each time {who} asked', zh: '{who}每次问你时，你的建议' },
  helperNoAdvice: { en: '(no advice given)', zh: '（没有给建议）' },
  helperReadAs: { en: 'read as: {intent}', zh: '理解为：{intent}' },
  helperResult: { en: '{title}, helping {who}: {outcome}, {score}/100', zh: '{title}（帮{who}出主意）：{outcome}，{score}/100' },
  helperNoWait: { en: '{step}: in the helper role the person waits for your advice; write the advice instead', zh: '{step}：扮演帮忙的人时，对方会等你的建议，请直接写下建议' },
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
    en: 'Enter advance (majority) · 1-9 follow that answer · r reveal flags · s skip · k kick · e end · t secret · j QR code · p projector · q pause (resume later)',
    zh: 'Enter 按多数推进 · 1-9 按该回答推进 · r 揭晓危险信号 · s 跳过 · k 移出 · e 结束 · t 密钥 · j 二维码 · p 投影页面 · q 暂停（之后可恢复）',
  },
  drillEnded: { en: 'Drill over ({reason}) — room outcome: {outcome}', zh: '演练结束（{reason}）——全场结果：{outcome}' },
  finished: { en: 'finished', zh: '已完成' },
  stopped: { en: 'stopped', zh: '已中止' },
  lineAnswered: { en: 'Line {n}: {answered} answered', zh: '第 {n} 句：{answered} 人回答' },
  leaderboard: { en: 'Leaderboard', zh: '排行榜' },
  people: { en: 'People', zh: '参加者' },
  removed: { en: '(removed)', zh: '（已移出）' },
  andMore: { en: '… and {n} more (scamdrill drill export {id})', zh: '……还有 {n} 人（scamdrill drill export {id}）' },
  // The projector page (/screen), the join QR code and the scammer's voice (drill/web/screen.ts, practice --voice)
  screenTitle: { en: 'scamdrill — projector', zh: 'scamdrill — 投影屏幕' },
  screenForbidden: { en: 'This page is for the trainer: open it from the trainer console (key p) or with "scamdrill drill host --open".', zh: '这个页面只供培训师使用：请在培训师控制台按 p 打开，或用 "scamdrill drill host --open"。' },
  scanToJoin: { en: 'Scan to join', zh: '扫码加入' },
  orOpenCode: { en: 'or open {url} and type the code', zh: '或打开 {url} 并输入加入码' },
  voiceOn: { en: 'Voice on', zh: '语音：开' },
  voiceOff: { en: 'Voice off', zh: '语音：关' },
  replay: { en: 'Replay', zh: '重播' },
  voiceBlocked: { en: 'Click anywhere on this page to let it speak.', zh: '点击页面任意位置即可开启语音。' },
  missedBy: { en: 'missed by {n}', zh: '{n} 人漏掉' },
  // The room is split evenly ({between}: the tied answers): the projector says the drill waits for the trainer
  screenTie: { en: 'Tie ({between}): waiting for the trainer\'s pick', zh: '平票（{between}）：等培训师选择' },
  // A drill that follows the trainer (--branch trainer): every line waits for the trainer's pick
  screenTrainerPicks: { en: 'The trainer picks the answer to follow', zh: '由培训师选择要跟随的回答' },
  // The participant's page: reading the caller's lines aloud on the phone (off until switched on)
  phoneVoice: { en: 'Read the caller\'s lines aloud', zh: '朗读对方说的话' },
  // The page masks secrets before sending a name or an answer; without its masking script it sends nothing
  // The host will not serve the page without that script ({file}: where the build writes it; {build}: the command that writes it)
  maskScriptMissing: { en: 'the web page\'s masking script ({file}) is missing, and without it phones would send secrets in clear; run "{build}" in a checkout, or reinstall scamdrill', zh: '网页的保密遮盖脚本（{file}）缺失，没有它手机会把机密明文发出；请在源码目录运行 "{build}"，或重新安装 scamdrill' },
  maskMissing: { en: 'This page could not load its secret masking, so nothing was sent. Reload the page.', zh: '页面没能加载保密遮盖功能，所以什么也没有发出。请刷新页面。' },
  screenOpened: { en: 'projector page opened in the browser', zh: '已在浏览器中打开投影页面' },
  screenAt: { en: 'projector page (carries the trainer secret): {url}', zh: '投影页面（含培训师密钥）：{url}' },
  noEspeak: { en: 'scamdrill: --voice needs espeak-ng, which is not installed (apt-get install espeak-ng); going on without a voice.', zh: 'scamdrill：--voice 需要 espeak-ng，但本机没有安装（apt-get install espeak-ng）；继续练习，不出声音。' },
  // The room is split evenly between answers that lead to different places: the trainer picks one ({between}: those answers)
  trainerPick: { en: 'your pick: 1–{n} ({between})', zh: '由你选择：按 1–{n}（{between}）' },
  tiePick: { en: 'tie: pick 1–{n} ({between})', zh: '平票：按 1–{n} 选择（{between}）' },
  // Esc or Ctrl-C in the middle of a drill or a practice call: asked once before leaving
  leaveAsk: { en: 'Leave? y/n', zh: '要离开吗？按 y 离开，按 n 留下' },
  // What `drill host` says on stderr (and the end line on stdout), in the drill's language
  hostJoinAt: { en: 'drill {id}: participants join at {url} with code {code}', zh: '演练 {id}：参加者打开 {url}，输入加入码 {code}' },
  // `drill host --resume ID` cannot bring the drill back (drill/launch.ts)
  resumeNoDrill: { en: 'no drill "{id}" in this data folder', zh: '这个数据文件夹里没有演练“{id}”' },
  resumeEnded: { en: 'drill {id} has already ended; export its results with "scamdrill drill export {id}"', zh: '演练 {id} 已经结束；导出结果请用“scamdrill drill export {id}”' },
  resumeRunning: { en: 'drill {id} is already running in another host (last on port {port}); stop that host first: one drill, one host', zh: '演练 {id} 已经在另一个主机上运行（上次在端口 {port}）；请先停掉那个主机：一个演练只能有一个主机' },
  // `drill join --answers FILE`, once the drill is over
  joinedAs: { en: 'joined as participant {n}; {answered} answers sent', zh: '以 {n} 号参加者的身份加入，发出了 {answered} 个回答' },
  hostPaused: { en: 'drill {id} paused; bring it back with: scamdrill drill host --resume {id}', zh: '演练 {id} 已暂停，之后恢复：scamdrill drill host --resume {id}' },
  hostPausedBy: { en: 'drill {id} paused ({signal}); bring it back with: scamdrill drill host --resume {id}', zh: '演练 {id} 已暂停（{signal}），之后恢复：scamdrill drill host --resume {id}' },
  hostEnded: { en: 'drill {id} ended; results: scamdrill drill export {id} --format md', zh: '演练 {id} 已结束，查看结果：scamdrill drill export {id} --format md' },
  hostWaitingChecks: { en: 'drill {id}: waiting for {n} after-training checks (at most {minutes} minutes; Ctrl-C stops)', zh: '演练 {id}：还有 {n} 份培训后测验没交（最多等 {minutes} 分钟，按 Ctrl-C 停止）' },
  hostWaitingCheck: { en: 'drill {id}: waiting for 1 after-training check (at most {minutes} minutes; Ctrl-C stops)', zh: '演练 {id}：还有 1 份培训后测验没交（最多等 {minutes} 分钟，按 Ctrl-C 停止）' },
  hostNote: { en: 'note: {note}', zh: '提示：{note}' },
  // A drill's copy of its scenario against the file on disk (drill/scenario-copy.ts): notes on --resume and export
  copyBundled: { en: 'the bundled scenario "{ref}"', zh: '内置场景“{ref}”' },
  copyMissing: { en: 'drill {id} was stored without a copy of its scenario (by an older scamdrill), so this uses {source} as it is now, which may not be what the drill ran', zh: '演练 {id} 保存时没有附带场景副本（旧版 scamdrill 保存的），所以这里用的是{source}现在的样子，可能和演练当时用的不一样' },
  copyDamaged: { en: 'drill {id}: the copy of its scenario stored with it is damaged (it no longer matches its sha256), so its answers cannot be replayed', zh: '演练 {id}：随它保存的场景副本已损坏（校验值对不上），无法重放其中的回答' },
  copyNoLoad: { en: '{source} no longer loads ({why}); using the version the drill ran, kept with it', zh: '{source}已无法加载（{why}）；改用随演练保存的、演练当时用的版本' },
  copyChanged: { en: '{what} changed after drill {id} started; using the version the drill ran, kept with it', zh: '演练 {id} 开始后，{what}有改动；改用随演练保存的、演练当时用的版本' },
  copyFlagsOf: { en: 'the red flags (flags.yaml) of {source}', zh: '{source}的危险信号（flags.yaml）' },
  storeTrouble: { en: 'cannot save: {why}. The drill is paused and every answer is kept waiting; it carries on by itself once saving works again.', zh: '无法保存：{why}。演练已暂停，所有回答都在等待保存；一旦能保存，演练会自动继续。' },
  hostLockLost: { en: 'drill {id} stopped: while the database server was away, another host took this drill over; this host wrote nothing after that. Answers given since went unsaved; carry on in the other host, or stop it and resume here with: scamdrill drill host --resume {id}', zh: '演练 {id} 已停止：数据库服务器中断期间，另一个主机接管了这个演练；此后本主机没有再写入。这期间的回答未保存；请在另一个主机上继续，或停掉它后在这里恢复：scamdrill drill host --resume {id}' },
  storeBack: { en: 'saving works again; the drill carries on', zh: '又能保存了，演练继续' },
  // `drill export --format md`, in the drill's language
  mdDrill: { en: 'Drill {id}: {title}', zh: '演练 {id}：{title}' },
  mdAbout: { en: 'Scenario `{scenario}` ({kind}), started {start}{end}. Room outcome: **{outcome}**. Participants: {n}.', zh: '场景 `{scenario}`（{kind}），开始于 {start}{end}。全场结果：**{outcome}**。参加者：{n} 人。' },
  mdEndedAt: { en: ', ended {at}', zh: '，结束于 {at}' },
  mdNotEnded: { en: ' (not ended)', zh: '（未结束）' },
  mdPerLine: { en: 'Per line', zh: '逐句' },
  mdLine: { en: 'Line {n} (`{turn}`), {answered} answered', zh: '第 {n} 句（`{turn}`），{answered} 人回答' },
  mdShare: { en: '{word} share', zh: '{word}比例' },
  mdPerPerson: { en: 'Per person', zh: '逐人' },
  mdParticipant: { en: 'participant', zh: '参加者' },
  mdOutcome: { en: 'outcome', zh: '结果' },
  mdScore: { en: 'score', zh: '得分' },
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
  'error-pick-needed': { en: 'This drill follows your pick: press the number of the answer to follow.', zh: '本次演练按你的选择推进：请按要跟随的回答的序号。' },
  'error-tie': { en: 'The room is split evenly: pick the answer to follow with its number.', zh: '全场票数持平：请按序号选择要跟随的回答。' },
  // The before/after check: taking a form (terminal, drill client, web page) and the report
  checkTitle: { en: 'Scam or legitimate? Form {form}', zh: '是诈骗还是正常？{form} 卷' },
  checkItemOf: { en: 'Message {n} of {all}', zh: '第 {n} 条，共 {all} 条' },
  checkQuestion: { en: 'Is this a scam or legitimate?', zh: '这是诈骗还是正常的？' },
  checkScam: { en: 'scam', zh: '诈骗' },
  checkLegit: { en: 'legitimate', zh: '正常' },
  checkHowSure: { en: 'How sure are you?', zh: '你有多确定？' },
  checkSure1: { en: 'guessing', zh: '瞎猜' },
  checkSure2: { en: 'somewhat sure', zh: '有点把握' },
  checkSure3: { en: 'fairly sure', zh: '比较确定' },
  checkSure4: { en: 'certain', zh: '非常确定' },
  checkYourAnswer: { en: 'Your answer: {answer}, {sure}', zh: '你的回答：{answer}，{sure}' },
  checkBack: { en: 'back', zh: '上一步' },
  checkSave: { en: 'save', zh: '保存' },
  checkReview: { en: 'All {n} answered.', zh: '{n} 条都答完了。' },
  checkSend: { en: 'Send my answers', zh: '提交回答' },
  checkPre: { en: 'before training', zh: '培训前' },
  checkPost: { en: 'after training', zh: '培训后' },
  checkIntroPre: { en: 'Before we start: {n} short messages. For each, is it a scam or legitimate, and how sure are you? Nothing is marked right or wrong now.', zh: '开始之前：{n} 条短消息。每条请判断是诈骗还是正常的，以及你有多确定。现在不会告诉你对错。' },
  checkIntroPost: { en: 'Before you go: {n} more messages, the same kind of question.', zh: '结束之前：再看 {n} 条消息，问题和开始时一样。' },
  checkThanks: { en: 'Thank you, your answers are saved.', zh: '谢谢，你的回答已保存。' },
  checkSaved: { en: 'Saved: {name}, form {form}, {phase}: {correct} of {all} right.', zh: '已保存：{name}，{form} 卷，{phase}：答对 {correct} 条，共 {all} 条。' },
  checkSeeReport: { en: 'The group report: scamdrill check --report{group}', zh: '查看全组报告：scamdrill check --report{group}' },
  checkNotSaved: { en: 'Not saved: you left before the end.', zh: '未保存：你在答完之前退出了。' },
  checkPlainAnswer: { en: 's scam · l legitimate · b back', zh: 's 诈骗 · l 正常 · b 上一步' },
  checkPlainSure: { en: '1 guessing · 2 somewhat sure · 3 fairly sure · 4 certain · b back', zh: '1 瞎猜 · 2 有点把握 · 3 比较确定 · 4 非常确定 · b 上一步' },
  checkNoneYet: { en: 'No check results yet. Take one with: scamdrill check --name NAME', zh: '还没有测验结果。开始一次：scamdrill check --name 姓名' },
  checkNoGroup: { en: '(no group)', zh: '（未分组）' },
  checkGroupLine: { en: 'Group {group}: {people} people, {paired} with a before and an after', zh: '{group} 组：{people} 人，其中 {paired} 人前后都测了' },
  checkPerson: { en: 'Person', zh: '姓名' },
  checkBefore: { en: 'Before', zh: '培训前' },
  checkAfter: { en: 'After', zh: '培训后' },
  checkChange: { en: 'Change', zh: '变化' },
  checkDBefore: { en: 'd′ before', zh: '前 d′' },
  checkDAfter: { en: 'd′ after', zh: '后 d′' },
  checkAccuracy: { en: 'Accuracy', zh: '正确率' },
  checkPoints: { en: '{n} points', zh: '{n} 个百分点' },
  checkEffect: { en: 'Effect size', zh: '效应量' },
  checkDiscernment: { en: 'Discernment d′', zh: '辨别力 d′' },
  checkEngaged: { en: 'Engaged (unsure)', zh: '将信将疑地接招' },
  checkConverted: { en: 'Converted (sure)', zh: '深信不疑地照做' },
  checkCi: { en: '95% CI {lo} to {hi}', zh: '95% 置信区间 {lo} 至 {hi}' },
  checkFewPeople: { en: 'needs at least 2 people with a before and an after', zh: '至少要有 2 人前后都测了才能计算' },
  checkDzUndefined: { en: 'cannot be computed: everyone changed by exactly the same amount', zh: '无法计算：每个人的变化完全相同' },
  checkRough: { en: 'With fewer than {n} people compared, take the intervals as rough.', zh: '比较的人数不到 {n} 人，置信区间只能作粗略参考。' },
  checkNoPairs: { en: 'No one has both a before and an after yet.', zh: '还没有人前后都测了。' },
  checkMethodShares: { en: 'Of the scam messages: engaged = called legitimate, unsure (1-2 of 4);\nconverted = called legitimate, sure (3-4).', zh: '均按诈骗消息计：将信将疑地接招 = 判为正常但不确定（4 级中的 1-2）；\n深信不疑地照做 = 判为正常且确定（3-4）。' },
  checkMethodCi: { en: '95% CI: percentile bootstrap over people, {n} resamples, seed {seed}.\nMethod and limits: docs/measuring.md', zh: '95% 置信区间：按人重抽样的百分位自助法，{n} 次，固定种子 {seed}。\n方法与局限见 docs/measuring.md' },
  // `scamdrill report`: the organisation's results across practices and drills (summary/)
  reportTitle: { en: 'Training report', zh: '培训报告' },
  reportSpan: { en: '{from} to {to}', zh: '{from} 至 {to}' },
  reportCounts: { en: '{n} results: {practices} practices, {people} in {drills} drills', zh: '共 {n} 条结果：练习 {practices} 次，{drills} 场演练 {people} 人次' },
  reportFilters: { en: 'Showing', zh: '范围' },
  reportSite: { en: 'site', zh: '地点' },
  reportTeam: { en: 'team', zh: '团队' },
  reportScenario: { en: 'scenario', zh: '场景' },
  reportMissedFlags: { en: 'Most-missed red flags', zh: '最常漏掉的危险信号' },
  reportMissedOf: { en: 'missed / judged', zh: '漏掉 / 判定' },
  reportNoFlags: { en: 'No red flag was judged.', zh: '没有判定过危险信号。' },
  reportOutcomes: { en: 'Outcomes', zh: '结果分布' },
  reportScoresWeek: { en: 'Scores over time, by week', zh: '得分走势（按周）' },
  reportScoresMonth: { en: 'Scores over time, by month', zh: '得分走势（按月）' },
  reportScoresBySite: { en: 'Scores over time by site', zh: '各地点得分走势' },
  reportMeanFromTo: { en: 'mean score {first} in {from}, {last} in {to}', zh: '平均分：{from} 为 {first}，{to} 为 {last}' },
  reportMean: { en: 'mean score {n}', zh: '平均分 {n}' },
  reportByScenario: { en: 'By scenario', zh: '按场景' },
  reportBySite: { en: 'By site', zh: '按地点' },
  reportNoSite: { en: '(no site)', zh: '（未填地点）' },
  reportEveryone: { en: 'Everyone', zh: '全部' },
  reportResults: { en: '{n} results', zh: '{n} 条结果' },
  reportColResults: { en: 'Results', zh: '结果数' },
  reportColTrend: { en: 'Scores over time', zh: '得分走势' },
  reportColMissed: { en: 'Most-missed red flag', zh: '最常漏掉的危险信号' },
  reportNoneMissed: { en: 'none missed', zh: '没有漏掉' },
  reportCheck: { en: 'Before and after training: the check', zh: '培训前后对比：辨别测试' },
  reportCheckPeople: { en: 'Compared', zh: '对比人数' },
  reportCheckByPlace: { en: 'By site and by scenario, only checks taken in a drill count.', zh: '按地点、按场景统计时，只计入在演练中做的测试。' },
  reportNoResults: { en: 'No results yet: practise (scamdrill practice) or run a drill (scamdrill drill host) first.', zh: '还没有任何结果：请先练习（scamdrill practice）或组织演练（scamdrill drill host）。' },
  reportNoMatch: { en: 'No results match these filters.', zh: '没有符合筛选条件的结果。' },
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
/**
 * The words that read differently when the flags are green (a real call, `kind: legitimate`): the one
 * place that says caught is "handled right" there and missed is "false alarm".
 */
const GREEN_WORDS = {
  caught: 'handledRight',
  missed: 'falseAlarm',
  flags: 'greenFlags',
  todo: 'greenTodo',
  safeAction: 'greenTodo',
  safe: 'noHarm',
  lineFlags: 'lineGreenFlags',
  redFlag: 'greenFlag',
  caughtBy: 'handledBy',
  flagsHidden: 'greenFlagsHidden',
  kindScam: 'kindLegitimate',
} as const satisfies Partial<Record<LabelKey, LabelKey>>;
export type KindWord = keyof typeof GREEN_WORDS;

/** `key`'s word, or its real-call counterpart when `green`: `kindWord('caught', true, 'zh')` is "做得对". */
export const kindWord = (key: KindWord, green: boolean, lang: Lang, holes?: Holes) => t(green ? GREEN_WORDS[key] : key, lang, holes);

/** A flag's verdict in words. A secret given away is a plain miss even on a real call, never a false alarm. */
export function verdictWord(verdict: 'caught' | 'missed' | 'open', green: boolean, critical: boolean, lang: Lang): string {
  return verdict === 'open' ? t('open', lang) : kindWord(verdict, green && !critical, lang);
}

/** A count of verdicts: "3 caught", "2 missed"; on a real call "3 handled right", "2 false alarms". */
export function verdictCount(verdict: 'caught' | 'missed', n: number, green: boolean, lang: Lang): string {
  return `${n} ${green && verdict === 'missed' && n !== 1 ? t('falseAlarmMany', lang) : kindWord(verdict, green, lang)}`;
}

/** An outcome in words: "safe" on a real call reads "no harm done". */
export const outcomeWord = (outcome: Debrief['outcome'], green: boolean, lang: Lang) => (outcome === 'safe' ? kindWord('safe', green, lang) : t(outcome, lang));

/** What a debrief adds on a real call: that it was one, and what its false alarms cost. None on a scam. */
export function realCallNote(d: Pick<Debrief, 'kind' | 'falseAlarms'>, lang: Lang): string[] {
  if (d.kind !== 'legitimate') return [];
  return [t('realCall', lang), ...(d.falseAlarms ? [t('falseAlarms', lang, { n: d.falseAlarms })] : [])];
}


/** Punctuation in the screen's language: "Why: …" but "为什么：…", " (critical)" but "（严重）". */
export const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');
export const inParens = (text: string, lang: Lang) => (lang === 'zh' ? `（${text}）` : ` (${text})`);
