/**
 * Japanese, the default. Screen labels are the guide's own (shared/reference/procedure.md), to
 * the character: full-width parentheses where the guide has them, its spaces in 「契約者 ID」.
 */
import { onFirstUse } from '../lazy.js';
import type { Messages } from './messages.js';

// Made on first use, not when this table loads: the first `Intl` formatter a page makes costs tens
// of milliseconds (Chromium loads ICU's data for it: 28–54 ms in a fresh profile), and the login
// page, the first screen of every flow, formats no amount and no date.
const yen = onFirstUse(() => new Intl.NumberFormat('ja-JP'));
const dateTime = onFirstUse(
  () =>
    new Intl.DateTimeFormat('ja-JP', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone: 'Asia/Tokyo',
    }),
);

export const ja: Messages = {
  locale: 'ja',
  common: {
    practiceMark: '練習用デモ',
    practiceNotice:
      'これは練習用のデモです。実在の金融機関ではありません。入力した内容はこのブラウザの外へ送信されません。',
    defaultBankName: 'みらい練習信用金庫',
    guideLink: 'このページのご利用ガイド',
    copyright: '本Webサイト上における各コンテンツは、著作権によって保護されています。',
    loading: '読み込み中…',
    memoryStorage: (reason) =>
      `この端末ではデータを保存できないため、再読み込みすると初期状態に戻ります。（${reason}）`,
    switchLanguage: '言語',
    bankTab: '銀行の画面',
    tokenTab: 'トークン',
    backToLogin: 'ログイン画面に戻る',
    yen: (amount) => `${yen().format(amount)}円`,
    dateTime: (time) => dateTime().format(time),
    currentStep: '（現在の手順）',
    flowRestarted:
      '再読み込みや「戻る」「進む」で手続きの途中の画面は表示できないため、最初の画面を表示しています。必要な場合は、ここからやり直してください。',
    signedOut: 'ログアウトしました。',
    helpBack: '元の画面に戻る',
    counterLink: '窓口',
    tokenWindowOpen: 'トークンを別ウィンドウで開く',
    tokenWindowTitle: 'ソフトウェアトークン',
    trainerTools: 'トレーナー用ツール',
    guidedRehearsal: 'ガイド付き練習',
    loadFailed: 'この機能を読み込めませんでした。ネットワークにつないで、ページを再読み込みしてください。',
    updateReady: '新しいバージョンがあります。',
    updateReload: '再読み込み',
    storageFailed: {
      'newer-version':
        '新しいバージョンのデモが別のタブで開かれたため、この画面では続けられません。「再読み込み」を押してください。',
      deleted:
        'このデモのデータが削除されました（ブラウザのデータの消去など）。「再読み込み」を押すと、最初の状態から始まります。',
      closed: 'データの保存先に接続できなくなりました。「再読み込み」を押してください。',
      quota:
        'ブラウザの保存容量がいっぱいのため、保存できませんでした。操作は反映されていません。空き容量を増やしてから「再読み込み」を押してください。',
      failed: 'データを保存できませんでした。操作は反映されていません。「再読み込み」を押してください。',
    },
    unexpectedError: '予期しないエラーが発生しました。「再読み込み」を押してください。',
    reload: '再読み込み',
  },
  login: {
    title: 'ログイン',
    intro: 'インターネットバンキングでログインします。',
    instruction: '■ 契約者ID(利用者番号)、ログインパスワードを入力し、「ログイン」ボタンを押してください。',
    contractId: '契約者ID(利用者番号)',
    password: 'ログインパスワード',
    softwareKeyboard: 'ソフトウェアキーボード入力',
    keyboardUsage: '(使用方法)',
    submit: 'ログイン',
    close: '閉じる',
    closeNotice: '練習用デモのため、画面は閉じません。終了するときはブラウザのタブを閉じてください。',
    easyRegister: 'お気軽に登録',
    easyRegisterNotice:
      '「お気軽に登録」ボタンはInternet Explorerのみに対応しております。（練習用デモでは使用できません。）',
    notes: [
      '■ 英字は大文字と小文字を区別しますので、ご注意ください。',
      '■ ブラウザの「戻る」「進む」ボタンは使用しないでください。',
      '■ ご利用のOSおよびブラウザや文字の大きさによっては、画面のレイアウトが若干崩れる場合があります。お取引には影響ありません。',
      '■ 「お気軽に登録」ボタンはInternet Explorerのみに対応しております。',
    ],
    otpInfoLink: 'ワンタイムパスワードのご案内',
    registerLink: 'ワンタイムパスワードの利用登録はこちら',
    deactivateLink: 'ワンタイムパスワードの利用停止はこちら',
  },
  errors: {
    'malformed-contract-id': '契約者ID(利用者番号)は4〜16桁の数字で入力してください。',
    'malformed-password': 'ログインパスワードは6〜32文字の半角英数字・記号で入力してください。',
    'malformed-request':
      'この操作は受け付けられませんでした。画面を再読み込みしてから、もう一度お試しください。',
    'unknown-contract': '契約者IDまたはログインパスワードが正しくありません。',
    'wrong-password': '契約者IDまたはログインパスワードが正しくありません。',
    locked:
      '規定回数を超えて誤った入力があったため、ご利用を停止しています。お取引店の窓口へご連絡ください。',
  },
  attemptsRemaining: (count) =>
    count > 0
      ? `あと${count}回誤るとご利用を停止します。`
      : 'ご利用を停止しました。お取引店の窓口へご連絡ください。',
  lockedInDemo: 'このデモでは、画面上部の「窓口」リンクから開く窓口の画面で、職員がロックを解除します。',
  welcome: {
    title: 'はじめての方へ',
    intro:
      '信用組合のインターネットバンキングとソフトウェアトークン(VIP Access)の操作を、ワンタイムパスワードの手順どおりに練習できるデモです。本物の銀行ではありません。入力した内容がこのブラウザの外へ送られることはありません。',
    customerTitle: '練習用のお客さま',
    contractId: '契約者ID',
    password: 'ログインパスワード',
    copyContractId: '契約者IDをコピー',
    copyPassword: 'パスワードをコピー',
    contractIdCopied: '契約者IDをコピーしました',
    passwordCopied: 'パスワードをコピーしました',
    copyFailed: 'コピーできませんでした。表示された文字を入力してください。',
    waysTitle: '始め方を選んでください',
    guided: 'ガイド付き練習を始める',
    guidedHint: '手順を一つずつ案内します。',
    free: '自由に試す',
    freeHint: '上の契約者IDとパスワードでログインしてください。',
    trainer: 'トレーナー用ツールを開く',
    trainerHint: '研修用のシナリオ、デモの時計、お客さまの一覧。',
    close: '閉じる',
  },
  token: {
    panelLabel: 'ソフトウェアトークン',
    intro: 'スマートフォンやパソコンにインストールしたアプリの代わりです。',
    install: 'アプリをインストール',
    installMobile: 'VIP Access for Mobile をインストール',
    installDesktop: 'VIP Access Desktop をインストール',
    noTokens: 'インストールされたアプリはありません。',
    credentialId: 'トークンID',
    securityCode: 'セキュリティコード',
    secondsLeft: (seconds) => `あと${seconds}秒`,
    copy: 'コピー',
    copied: 'セキュリティコードをコピーしました',
    uninstall: 'アンインストール',
    loseDevice: '端末を紛失',
    loseDeviceConfirm:
      'この端末を紛失したことにします。アプリは消えますが、銀行への登録は残ります（窓口でのリセットが必要です）。よろしいですか？',
    uninstallConfirm: 'このアプリをアンインストールします。銀行への登録は残ります。よろしいですか？',
    removed: (credentialId) => `${credentialId} のアプリはなくなりました。`,
    installed: (credentialId) => `${credentialId} をインストールしました。`,
    frozen: '時刻は固定されています',
    copyFailed: 'コピーできませんでした。表示されている数字を入力してください。',
    invalidSecret: 'シークレットキーが正しくないため、セキュリティコードを表示できません。',
    cancel: 'キャンセル',
    installFailed: 'アプリをインストールできませんでした。もう一度お試しください。',
    ownerMobile: (name) => `${name}さんのスマートフォン`,
    ownerDesktop: (name) => `${name}さんのパソコン`,
    notRegistered: '未登録',
    addToPhone: 'スマートフォンのアプリに追加',
  },
};
