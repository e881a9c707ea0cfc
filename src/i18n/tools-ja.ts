// Japanese texts of the trainer's tools (see tools.ts).
import type { ToolMessages } from './tools.js';

export const jaTools: ToolMessages = {
  staffErrors: {
    'malformed-name': 'お名前を40文字以内で入力してください。',
    'malformed-balance': '残高は0円以上の整数で入力してください。',
    'weak-password': 'パスワードは8文字以上で、英字と数字をそれぞれ含めてください。',
    'contract-exists': 'この契約者IDはすでに使用されています。',
    'not-locked': 'このお客さまはロックされていません。',
    'malformed-credential-id': 'トークン IDは英字4文字と数字8桁で入力してください（例：SYMC 1234 5678）。',
    'unknown-credential': 'このトークン IDはサービスに登録されていません。',
    'no-token-registered': 'このお客さまはワンタイムパスワードの利用登録をしていません。',
  },
  counter: {
    title: '窓口（スタッフ用）',
    intro:
      'お客さまから連絡を受けた職員の画面です。端末の故障・紛失で利用停止ができない場合はトークン IDをリセットし、ロックされたお客さまはロックを解除します。',
    link: '窓口',
    contractId: '契約者ID',
    name: 'お名前',
    credentialId: '登録トークン ID',
    state: '状態',
    failures: '連続誤り回数',
    bankColumns: '銀行',
    credentialColumns: 'トークン（認証サービス）',
    credentialUnknown: '—',
    active: '利用可',
    locked: 'ロック中',
    none: '未登録',
    actions: '操作',
    resetToken: (contractId) => `${contractId} のトークン IDをリセット`,
    resetTokenConfirm: (contractId, credentialId) =>
      `${contractId} に登録されているトークン ID ${credentialId} をリセットします。お客さまは新しいトークンで利用登録し直すことになります。よろしいですか？`,
    resetTokenConfirmButton: 'リセットする',
    cancel: 'キャンセル',
    unlock: (contractId) => `${contractId} のロックを解除`,
    tokenReset: (contractId) =>
      `${contractId} のトークン IDをリセットしました。新しいトークンで利用登録できます。`,
    unlocked: (contractId) => `${contractId} のロックを解除しました。`,
    unlockedWithToken: (contractId, credentialId) =>
      `${contractId} のロックと、トークン ${credentialId} のロック（認証サービス）を解除しました。`,
    logTitle: '取引記録',
    logIntro:
      '成功・失敗を問わず、すべての操作の記録です（新しい順）。パスワードやワンタイムパスワードは記録されません。',
    logCaption: '取引記録（新しい順）',
    filterCustomer: '契約者ID',
    filterOperation: '操作',
    allCustomers: 'すべて',
    allOperations: 'すべて',
    customerOption: (contractId, name) => `${contractId}（${name}）`,
    time: '日時',
    operation: '操作',
    result: '結果',
    logCredentialId: 'トークン ID',
    noContract: '不明',
    operations: {
      login: 'ログイン',
      'login-otp': 'ログイン（ワンタイムパスワード認証）',
      'register-auth': '利用登録（利用者認証）',
      'register-token': '利用登録（トークン登録）',
      'deactivate-auth': '利用停止（利用者認証）',
      'deactivate-token': '利用停止（ワンタイムパスワード入力）',
      logout: 'ログアウト',
      'staff-reset-token': '窓口：トークン IDリセット',
      'staff-unlock': '窓口：ロック解除',
      'customer-added': 'お客さま追加',
    },
    results: {
      ok: '成功',
      'malformed-contract-id': '契約者IDの形式誤り',
      'malformed-password': 'パスワードの形式誤り',
      'malformed-credential-id': 'トークン IDの形式誤り',
      'malformed-code': 'コードの形式誤り',
      'malformed-name': 'お名前の形式誤り',
      'malformed-balance': '残高の形式誤り',
      'weak-password': '弱いパスワード',
      'malformed-request': '不正な要求',
      'unknown-contract': '契約者ID不明',
      'wrong-password': 'パスワード誤り',
      locked: 'ロック中',
      'token-already-registered': 'トークン登録済み',
      'no-token-registered': 'トークン未登録',
      'unknown-credential': 'トークン ID不明',
      'credential-bound-elsewhere': '他のお客さまが登録済み',
      'credential-removed': 'リセットで削除済みのトークン',
      'credential-locked': 'トークン停止中',
      'wrong-code': 'コード誤り',
      'replayed-code': 'コード再使用',
      'flow-expired': '手続きの期限切れ',
      'not-signed-in': '未ログイン',
      'contract-exists': '契約者ID重複',
      'not-locked': 'ロックなし',
    },
    pages: '取引記録のページ',
    firstPage: '最初へ',
    previousPage: '前へ',
    nextPage: '次へ',
    lastPage: '最後へ',
    range: (first, last, total) =>
      `${first.toLocaleString('ja-JP')}–${last.toLocaleString('ja-JP')} / ${total.toLocaleString('ja-JP')}件`,
    rangeSpoken: (first, last, total) =>
      `全${total.toLocaleString('ja-JP')}件中 ${first.toLocaleString('ja-JP')}件目から${last.toLocaleString('ja-JP')}件目を表示しています。`,
    noEntries: '該当する記録はありません。',
  },
  trainer: {
    intro: '研修の進行役が使う操作です。お客さまの練習には必要ありません。',
    reset: 'デモを初期状態に戻す',
    resetConfirm:
      'お客さま・トークン・記録をすべて初期状態に戻します。追加したお客さまも消えます。よろしいですか？',
    resetConfirmButton: '初期状態に戻す',
    cancel: 'キャンセル',
    resetDone: 'デモを初期状態に戻しました。',
    scenariosTitle: 'シナリオ',
    scenarios: {
      'fresh-customer': {
        label: 'はじめてのお客さま',
        hint: 'ワンタイムパスワードは未登録で、アプリもインストールされていません。アプリをインストールし、「ワンタイムパスワードの利用登録はこちら」から登録します。',
      },
      'token-registered': {
        label: 'トークン登録済み',
        hint: 'ログインの後、トークンに表示されているワンタイムパスワードを入力します。',
      },
      'locked-customer': {
        label: 'ロック中のお客さま',
        hint: 'ログインは断られます。窓口でロックを解除してから、もう一度ログインします。',
      },
      'device-lost': {
        label: '端末を紛失',
        hint: 'アプリは端末ごとなくなりましたが、銀行には登録が残っています。窓口でトークン IDをリセットし、新しいアプリで登録し直します。',
      },
      'code-expiring': {
        label: 'まもなくコードが変わる',
        hint: 'ワンタイムパスワード認証画面から始めます。ワンタイムパスワードはあと3秒で変わります。変わった直後なら、1つ前のワンタイムパスワードも受け付けられます。',
      },
    },
    scenarioApplied: (label) => `シナリオ「${label}」を準備しました。`,
    loginWith: (contractId, password) =>
      `契約者ID ${contractId} / パスワード ${password} でログインしてください。`,
    failed: '操作できませんでした。もう一度お試しください。',
    clockTitle: 'デモの時刻',
    clockNow: 'デモの時刻（日本時間）',
    frozen: '停止中',
    running: '進行中',
    speed: (factor) => `速度 ×${factor}`,
    clockState: (state, speed) => `(${state} · ${speed})`,
    freeze: '時刻を止める',
    resume: '時刻を動かす',
    moveClock: '時刻を前後にずらす',
    back30: '−30秒',
    usedCodesNote:
      '時刻を戻しても、一度使ったワンタイムパスワードは受け付けられません（誤りの回数には数えません）。新しい数字が表示されるまでお待ちください。',
    forward30: '+30秒',
    speedGroup: '時間の進む速さ',
    resetClock: '現在時刻に戻す',
    customersTitle: 'デモのお客さま',
    contractId: '契約者ID',
    password: 'ログインパスワード',
    name: 'お名前',
    balance: '残高',
    token: 'トークン',
    state: '状態',
    registered: '登録済み',
    notRegistered: '未登録',
    locked: 'ロック中',
    active: '利用可',
    stateWithFailures: (state, failures) => `${state}（連続${failures}回誤り）`,
    unknownPassword: '不明',
    copy: 'コピー',
    copyContractId: (contractId) => `契約者ID ${contractId} をコピー`,
    copyPassword: (contractId) => `${contractId} のパスワードをコピー`,
    copiedContractId: (contractId) => `契約者ID ${contractId} をコピーしました。`,
    copiedPassword: (contractId) => `${contractId} のパスワードをコピーしました。`,
    copyFailed: 'コピーできませんでした。表の文字を読み上げてください。',
    addTitle: 'お客さまを追加',
    addNote: 'ここで追加したお客さまのパスワードは、このページを開いている間だけ表に表示されます。',
    add: '追加',
    added: (contractId) => `契約者ID ${contractId} のお客さまを追加しました。`,
    presenter: 'プレゼンターモード',
  },
  rehearsal: {
    intro: '手続きを選ぶと、ご利用ガイドの番号（①②③…）の順に、次に操作する場所と操作のしかたをご案内します。',
    resetWarning: '始めると、デモのお客さまとトークンは、選んだ練習の状態に戻ります。',
    procedureLegend: '練習する手続き',
    procedures: {
      registration: {
        label: 'ワンタイムパスワードの利用登録',
        description:
          'はじめてワンタイムパスワードを使うお客さまです。アプリをインストールしてから、利用登録をします（①〜⑧）。',
      },
      'login-otp': {
        label: 'ワンタイムパスワードを利用したログイン',
        description:
          'トークンを登録済みのお客さまです。契約者 IDとログインパスワードのあと、ワンタイムパスワードを入力します（①〜⑤）。',
      },
      deactivation: {
        label: 'ワンタイムパスワードの利用停止',
        description:
          'トークンを登録済みのお客さまです。登録中のトークンのワンタイムパスワードで、利用を停止します（①〜⑦）。',
      },
      'change-token': {
        label: 'トークンの変更',
        description:
          'スマートフォンのトークンから、パソコンのトークンに替えます。トークン IDが変わるため、一度利用停止をしてから、新しいトークン IDで利用登録をします。',
      },
      'device-lost': {
        label: '端末の紛失・故障',
        description:
          'トークンの入ったスマートフォンをなくしたお客さまです。窓口でトークン IDをリセットしてもらい、新しいアプリで利用登録をし直します。',
      },
    },
    modeLegend: '練習のしかた',
    modes: {
      guided: {
        label: 'ガイドあり',
        description: '次に操作する場所を枠で示して説明します。間違えたときは、やり直し方をお知らせします。',
      },
      exam: {
        label: 'テスト',
        description: 'ヒントも枠も出ません。最後に、かかった時間、間違いの数と得点を表示します。',
      },
    },
    start: '練習を始める',
    setupFailed: '練習を準備できませんでした。もう一度お試しください。',
    title: (procedure, mode) => `${procedure}（${mode}）`,
    useCustomer: (contractId, password) =>
      `この練習では、契約者 ID ${contractId}、ログインパスワード ${password} を使います。`,
    parts: {
      install: 'アプリの準備',
      registration: '利用登録',
      login: 'ログイン',
      deactivation: '利用停止',
      counter: '窓口での手続き',
    },
    stepLabel: (part, number) => (number ? `${part}の${number}` : part),
    progress: (part, step, total) => `${part} · 手順 ${step} / ${total}`,
    numberedStep: (number, text) => `${number ?? ''}${text}`,
    stepAnnouncement: (part, step) => `${part}：${step}`,
    startAnnouncement: (title, customer, first) => `${title}。${customer}${first}`,
    summaryAnnouncement: ({ title, outcome, duration, mistakes, score }) =>
      `練習の結果：${title}。${outcome}かかった時間は${duration}、間違いは${mistakes}${
        score === undefined ? '' : `、得点は${score}`
      }です。`,
    mistakeItem: (mistake, step) => `${mistake}（${step}）`,
    steps: {
      'install-mobile': {
        text: 'ソフトウェアトークン「VIP Access for Mobile」を用意します。',
        explain: () =>
          '「ソフトウェアトークン」欄で「VIP Access for Mobile をインストール」を押します。（実際には、スマートフォンにアプリをインストールします。）',
      },
      'install-desktop': {
        text: '新しいソフトウェアトークン「VIP Access Desktop」を用意します。',
        explain: () =>
          '「ソフトウェアトークン」欄で「VIP Access Desktop をインストール」を押します。新しいアプリには、新しいトークン IDがつきます。',
      },
      'reg-link': {
        text: 'ログイン画面の「ワンタイムパスワードの利用登録はこちら」をクリックします。',
        explain: () => 'ログイン画面の下のほうにあるリンクです。',
      },
      'ib-contract-id': {
        text: '個人インターネットバンキングの「契約者 ID」を入力します。',
        explain: ({ contractId }) => `この練習では ${contractId} を入力します。`,
      },
      'ib-password': {
        text: '個人インターネットバンキングの「ログインパスワード」を入力します。',
        explain: ({ password }) => `この練習では ${password} です。英字の大文字と小文字は区別されます。`,
      },
      next: {
        text: '「次へ」をクリックします。',
        explain: () => '銀行が、契約者 IDとログインパスワードを確かめます。',
      },
      'reg-credential-id': {
        text: 'ソフトウェアトークンアプリを起動し、「トークン ID」を入力します。',
        explain: ({ credentialId }) =>
          `アプリに表示されているトークン ID（${credentialId}）を入力します。モバイル機器用のアプリでは「Credential ID」と表示されている場合があります。`,
      },
      'reg-code': {
        text: '「ワンタイムパスワード」を入力します。',
        explain: () =>
          'アプリに表示されている6桁の数字（セキュリティコード）を入力します。30秒ごとに変わるので、いま表示されている数字を入力してください。',
      },
      'reg-submit': {
        text: '「登録」をクリックします。',
        explain: () => '銀行が、トークン IDとワンタイムパスワードを確かめて登録します。',
      },
      'reg-finish': {
        text: '「ログイン画面に戻る」をクリックし、ログイン画面を表示します。',
        explain: () => '登録は完了です。次のログインから、ワンタイムパスワードも入力します。',
      },
      'login-contract-id': {
        text: '「契約者 ID」を入力します。',
        explain: ({ contractId }) => `この練習では ${contractId} を入力します。`,
      },
      'login-password': {
        text: '「ログインパスワード」を入力します。',
        explain: ({ password }) => `この練習では ${password} です。英字の大文字と小文字は区別されます。`,
      },
      'login-submit': {
        text: '「ログイン」をクリックします。',
        explain: () => 'トークンを登録済みなので、続けてワンタイムパスワード認証画面が表示されます。',
      },
      'login-code': {
        text: 'ソフトウェアトークンに表示されている「ワンタイムパスワード」を入力します。',
        explain: () =>
          '「ソフトウェアトークン」欄のアプリに表示されている6桁の数字です。30秒ごとに変わるので、いま表示されている数字を入力してください。',
      },
      'login-confirm': {
        text: '「確認」をクリックします。',
        explain: () => '正しければログインできます。一度使ったワンタイムパスワードは、もう使えません。',
      },
      'deact-link': {
        text: 'ログイン画面の「ワンタイムパスワードの利用停止はこちら」をクリックします。',
        explain: () => 'ログイン画面の下のほうにあるリンクです。',
      },
      'deact-code': {
        text: '「ワンタイムパスワード」を入力します。',
        explain: ({ credentialId }) =>
          `登録中のトークン（${credentialId}）に、いま表示されている6桁の数字を入力します。`,
      },
      'deact-stop': {
        text: '「停止」をクリックします。',
        explain: () => '銀行がワンタイムパスワードを確かめて、トークンの登録を取り消します。',
      },
      'deact-finish': {
        text: '「ログイン画面に戻る」をクリックし、ログイン画面を表示します。',
        explain: () =>
          '利用停止は完了です。停止したあとは、契約者 IDとログインパスワードだけでログインします。',
      },
      'counter-open': {
        text: '当金庫の窓口に連絡して、トークン IDのリセットを頼みます。',
        explain: () => 'この練習では、画面上部の「窓口」を開いて、職員の役もします。',
      },
      'counter-reset': {
        text: '職員が、登録されているトークン IDをリセットします。',
        explain: ({ contractId }) =>
          `職員として「${contractId} のトークン IDをリセット」を押し、確かめる画面で「リセットする」を押します。`,
      },
      'counter-back': {
        text: 'お客さまとして、ログイン画面に戻ります。',
        explain: () => '「ログイン画面に戻る」を押します。このあと、新しいアプリで利用登録をします。',
      },
    },
    goTo: (screen) => `この手順は「${screen}」の画面で行います。`,
    revealFirst: (button) => `画面の幅が狭いため、先に上の「${button}」を押して表示します。`,
    screens: {
      login: 'ログイン',
      'login-otp': 'ワンタイムパスワード認証',
      'register-auth': 'ワンタイムパスワード登録情報入力画面 1',
      'register-token': 'ワンタイムパスワード登録情報入力画面 2',
      'register-done': 'ワンタイムパスワード利用登録完了画面',
      'deactivate-auth': '利用停止の利用者認証',
      'deactivate-otp': '利用停止のワンタイムパスワード入力',
      'deactivate-done': '利用停止の処理結果',
      counter: '窓口（スタッフ用）',
    },
    hintTitle: 'やり直し方',
    hints: {
      credentials: ({ contractId, password }) =>
        `契約者 IDかログインパスワードが違うようです。この練習では ${contractId} と ${password} を使います。英字の大文字・小文字も確かめて、もう一度入力してください。`,
      'credential-id': () =>
        'トークン IDが違うようです。アプリに表示されている英字4文字と数字8桁（例：SYMC 1234 5678）を、そのまま入力してください。',
      'credential-bound': () =>
        'そのトークン IDは、ほかのお客さまが登録しています。この練習でインストールしたアプリのトークン IDを入力してください。',
      'code-format': () =>
        'ワンタイムパスワードは6桁の数字です。アプリに表示されている数字を入力してください。',
      'wrong-code': () =>
        'ワンタイムパスワードは30秒ごとに変わります。アプリに、いま表示されている数字を入力してください。変わる直前なら、新しい数字になるのを待ってから入力すると確実です。',
      'replayed-code': () =>
        'そのワンタイムパスワードは、もう使われています。アプリの数字が次に変わるまで（最大30秒）待って、新しい数字を入力してください。',
      'already-registered': () =>
        'このお客さまには、まだトークンが登録されています。トークンを替えるときは先に利用停止を、端末をなくしたときは先に窓口でリセットをします。',
      'not-registered': () =>
        'このお客さまには、トークンが登録されていません。手順を確かめて、もう一度やってみましょう。',
      locked: () =>
        '誤った入力が続いたため、ご利用が止められました。実際には窓口に連絡します。「やめる」を押して、練習を始めからやり直してください。',
      'flow-expired': ({ step }) => `手続きが中断されました。${step}からやり直しましょう。`,
      refused: () => '銀行に受け付けられませんでした。画面のメッセージを読んで、もう一度やってみましょう。',
      'wrong-screen': ({ screen, step }) =>
        `別の画面に移りました。だいじょうぶです。「${screen}」の画面に戻って、${step}から続けましょう。（「ログイン画面に戻る」や「戻る」、ログイン中なら「ログアウト」で戻れます。）`,
      restart: ({ step }) =>
        `手続きの途中で画面を離れました。だいじょうぶです。途中まで登録されることはありません。${step}からやり直しましょう。`,
      'other-action': ({ step }) =>
        `いまの操作は、この練習の手順にはありません。${step}に戻って続けましょう。（ログイン中なら「ログアウト」を押します。）`,
      'token-removed': () =>
        'トークンのアプリを削除したため、ワンタイムパスワードを表示できなくなりました。「やめる」を押して、練習を始めからやり直してください。',
      'old-token': ({ step }) =>
        `古いトークン IDを、もう一度登録しました。新しいアプリのトークン IDで登録し直すため、${step}から続けましょう。`,
    },
    mistakeLabels: {
      credentials: '契約者 ID・ログインパスワードの誤り',
      'credential-id': 'トークン IDの誤り',
      'credential-bound': 'ほかのお客さまのトークン ID',
      'code-format': 'ワンタイムパスワードの桁数',
      'wrong-code': 'ワンタイムパスワードの誤り',
      'replayed-code': '使用済みのワンタイムパスワード',
      'already-registered': 'トークンが登録されたまま',
      'not-registered': 'トークンが未登録',
      locked: 'ご利用の停止（ロック）',
      'flow-expired': '手続きの中断',
      refused: '受け付けられない操作',
      'wrong-screen': '別の画面への移動',
      restart: '手続きの途中での移動',
      'other-action': '手順にない操作',
      'token-removed': 'トークンのアプリの削除',
      'old-token': '古いトークン IDの登録',
    },
    examNote:
      'テストではヒントは出ません。ご利用ガイドの手順どおりに操作してください。終わると結果が表示されます。',
    stop: 'やめる',
    collapse: 'たたむ',
    expand: 'ひらく',
    summaryTitle: '練習の結果',
    completed: '最後の手順まで終わりました。おつかれさまでした。',
    stopped: '途中でやめました。',
    duration: 'かかった時間',
    durationValue: (ms) => {
      const seconds = Math.round(ms / 1000);
      const minutes = Math.floor(seconds / 60);
      return minutes > 0 ? `${minutes}分${seconds % 60}秒` : `${seconds}秒`;
    },
    mistakes: '間違い',
    mistakeCount: (count) => `${count}回`,
    stepsDone: '終わった手順',
    stepsValue: (done, total) => `${done} / ${total}`,
    score: '得点',
    scoreValue: (score) => `${score}点`,
    scoreRule: (penalty) => `100点から、間違い1回につき${penalty}点を引きます。`,
    noMistakes: '間違いはありませんでした。',
    mistakeList: '間違えたところ',
    again: 'もう一度',
    close: '閉じる',
  },
};
