/**
 * The texts of the first visit's welcome (<rehearsal-welcome>). They travel with it in its own
 * chunk: a page that has shown it once never loads them again.
 */
import type { Locale } from './messages.js';

export interface WelcomeMessages {
  title: string;
  /** What this is, and that it is not a real bank. */
  intro: string;
  customerTitle: string;
  contractId: string;
  password: string;
  copyContractId: string;
  copyPassword: string;
  contractIdCopied: string;
  passwordCopied: string;
  copyFailed: string;
  waysTitle: string;
  guided: string;
  guidedHint: string;
  free: string;
  freeHint: string;
  trainer: string;
  trainerHint: string;
  close: string;
}

export const welcomeMessages: Readonly<Record<Locale, WelcomeMessages>> = {
  ja: {
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
  en: {
    title: 'New here?',
    intro:
      "A practice demo of a credit union's internet banking and its soft token (VIP Access), to rehearse the one-time-password procedure step by step. It is not a real bank: nothing you type leaves this browser.",
    customerTitle: 'A practice customer',
    contractId: 'Contract ID',
    password: 'Login password',
    copyContractId: 'Copy the contract ID',
    copyPassword: 'Copy the password',
    contractIdCopied: 'Contract ID copied',
    passwordCopied: 'Password copied',
    copyFailed: 'Could not copy. Please type what is shown.',
    waysTitle: 'Choose how to start',
    guided: 'Start the guided rehearsal',
    guidedHint: 'Walks you through each step.',
    free: 'Try it freely',
    freeHint: 'Log in with the contract ID and password above.',
    trainer: "Open the trainer's tools",
    trainerHint: 'Scenarios for a class, the demo clock, the customers.',
    close: 'Close',
  },
};
