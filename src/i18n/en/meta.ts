/** English UI strings: meta. */
export const meta = {
  siteName: 'CRM Readiness',
  skipToContent: 'Skip to content',
  languageName: 'English',
  switchLanguageLabel: 'Language',
  mainNav: 'Main',
  footerPrivacy:
    'Nothing you type leaves your browser: no account, no server, no cookies, no tracking.',
  footerMethod:
    'Based on the ProCheck method for CRM strategy: analysis, diagnosis and action, with change management throughout.',
} as const;
