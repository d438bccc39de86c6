/**
 * Local stand-in for security.msgSecCheck: a short list of words a shop name or intro may not contain, lower case,
 * matched as substrings. Enough to exercise the refusal path locally and in tests; production asks WeChat.
 */
export const LOCAL_BLOCKED_WORDS: readonly string[] = ['赌博', '色情', '毒品', '代开发票', '刷单', '传销', '违禁词'];
