/** The screens after the login page in Japanese: the guide's own labels (shared/reference/procedure.md), to the character. */
import type { FlowMessages } from './flow.js';

export const jaFlow: FlowMessages = {
  loginOtp: {
    title: 'ワンタイムパスワード認証',
    instruction:
      'ソフトウェアトークンに表示されている「ワンタイムパスワード」を入力し、「確認」ボタンを押してください。',
    code: 'ワンタイムパスワード',
    codeHint: '(トークンに表示されている数字を入力してください。(30秒毎に数字が変更されます。))',
    submit: '確認',
  },
  account: {
    title: '口座情報',
    welcome: (name) => `${name} 様`,
    contractId: '契約者ID',
    balance: '普通預金残高',
    lastLogin: '前回ログイン日時',
    firstLogin: '初めてのログインです',
    token: 'ワンタイムパスワード',
    noToken: '未登録',
    logout: 'ログアウト',
  },
  register: {
    title: 'ワンタイムパスワード利用登録',
    authTitle: 'ワンタイムパスワード登録情報入力画面 1',
    authInstruction:
      '個人インターネットバンキングの「契約者 ID」と「ログインパスワード」を入力し、「次へ」をクリックしてください。',
    contractId: '契約者 ID',
    password: 'ログインパスワード',
    next: '次へ',
    tokenTitle: 'ワンタイムパスワード登録情報入力画面 2',
    tokenInstruction:
      'ソフトウェアトークンアプリを起動し、「トークン ID」と「ワンタイムパスワード」を入力して、「登録」をクリックしてください。',
    credentialId: 'トークン ID',
    credentialIdHint: '※モバイル機器用のアプリでは「Credential ID」と表示されている場合があります。',
    code: 'ワンタイムパスワード',
    codeHint: '(トークンに表示されている数字を入力してください。(30秒毎に数字が変更されます。))',
    submit: '登録',
    doneTitle: 'ワンタイムパスワード利用登録完了画面',
    done: 'ワンタイムパスワードの利用登録が完了しました。',
    doneInstruction: '「ログイン画面に戻る」をクリックし、ログイン画面を表示してください。',
  },
  deactivate: {
    title: 'ワンタイムパスワード利用停止',
    trail: ['利用者認証', 'ワンタイムパスワード入力', '処理結果'],
    section: '利用停止',
    intro: 'ワンタイムパスワードの利用停止を行います。',
    authInstruction: '契約者ID、ログインパスワードを入力し、「次へ」ボタンを押してください。',
    contractId: '契約者ID',
    password: 'ログインパスワード',
    next: '次へ',
    back: '戻る',
    otpInstruction: 'ワンタイムパスワードを入力し、「停止」ボタンを押してください。',
    code: 'ワンタイムパスワード',
    codeHint: '(トークンに表示されている数字を入力してください。(30秒毎に数字が変更されます。))',
    stop: '停止',
    vendorMark: 'Validation & ID Protection（練習用の表示）',
    resultInstruction: '「ログイン画面に戻る」ボタンを押してください。',
    done: (resultCode) => `ワンタイムパスワードの利用停止が完了しました。(${resultCode})`,
  },
  errors: {
    'malformed-credential-id': 'トークン IDは英字4文字と数字8桁（例：SYMC 1234 5678）で入力してください。',
    'malformed-code': 'ワンタイムパスワードは6桁の数字で入力してください。',
    'token-already-registered':
      'すでにワンタイムパスワードの利用登録がされています。トークンを変更する場合は、一度利用停止をしてから登録してください。',
    'no-token-registered': 'ワンタイムパスワードの利用登録がされていません。',
    'unknown-credential':
      '入力されたトークン IDは有効ではありません。アプリに表示されているトークン IDをご確認ください。',
    'credential-removed':
      'このトークン IDは、デモがリセットされたため使えなくなりました。画面を再読み込みし、アプリをインストールし直してから登録してください。',
    'credential-bound-elsewhere': 'このトークン IDは他のお客さまが登録済みのため、登録できません。',
    'credential-locked':
      'このトークンは誤った入力が続いたため、一時的に使用できません。お取引店の窓口へご連絡ください。',
    'wrong-code': 'ワンタイムパスワードが誤っています。',
    'replayed-code':
      'このワンタイムパスワードはすでに使用されています。次のワンタイムパスワードが表示されるまでお待ちください。',
    'flow-expired': '一定時間が経過したか、手続きが中断されました。最初からやり直してください。',
    'not-signed-in':
      'ログインしていないか、一定時間が経過したためログアウトしました。もう一度ログインしてください。',
  },
  replayedCode: (seconds) =>
    seconds > 0
      ? `このワンタイムパスワードはすでに使用されています。新しいワンタイムパスワードは${seconds}秒後に表示されます。`
      : 'このワンタイムパスワードはすでに使用されています。アプリに表示されている新しいワンタイムパスワードを入力してください。',
};
