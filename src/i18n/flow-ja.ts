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
};
