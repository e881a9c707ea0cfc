// Japanese texts of "Add to an app on your phone", open (see own-phone.ts).
import type { OwnPhoneMessages } from './own-phone.js';

export const jaOwnPhone: OwnPhoneMessages = {
  warning:
    'これは練習用（デモ）のシークレットです。実際の口座やサービスには絶対に使わないでください。練習が終わったら、スマートフォンのアプリから削除してください。',
  howTo:
    'スマートフォンの認証アプリ（Google Authenticator など）でこのQRコードを読み取ると、このトークンと同じセキュリティコードが表示されます。そのコードでデモの銀行にログインできます。',
  clockMoved:
    'このデモの時刻は止まっているか、ずらされています。「現在時刻に戻す」まで、スマートフォンのコードは受け付けられないことがあります。',
  qrLabel: 'このトークンを認証アプリに追加するためのQRコード',
  uriLabel: 'URI（QRコードの内容）',
  copyUri: 'URIをコピー',
  uriCopied: 'URIをコピーしました',
  uriCopyFailed: 'コピーできませんでした。URIを選択してコピーしてください。',
};
