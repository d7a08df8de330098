/**
 * Chinese names in two romanisations: pinyin ("Mao Zedong", "Xi Jinping", the given name written
 * as one word) and Wade-Giles ("Mao Tse-tung", "Hsi Chin-ping", a syllable per hyphenated part,
 * aspiration marks often dropped). Each syllable folds to a key both systems share: its initial
 * by place of articulation (zh/ch/j/q and WG ch → C; z/c and WG ts/tz → Z; s/sh/x and WG hs/ss → S;
 * g/k → K; d/t → T; b/p → P) and its final in pinyin spelling (WG -ung → -ong, -ih → -i, -ieh → -ie,
 * -ien → -ian, -uei → -ui, -erh → -er).
 */

const PINYIN = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng ' +
    'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu ' +
    'cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo ' +
    'e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan ' +
    'guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian ' +
    'jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan ' +
    'kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun ' +
    'luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne ' +
    'nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen ' +
    'peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang ' +
    'rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she ' +
    'shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan ' +
    'tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia ' +
    'xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue ' +
    'yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua ' +
    'zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);

/** Initials, longest spelling first, with the class both systems' spellings of it fold to. */
const INITIALS: [string, string][] = [
  ['hs', 'S'], ['sh', 'S'], ['ss', 'S'], ['sz', 'S'], ['zh', 'C'], ['ch', 'C'], ['ts', 'Z'], ['tz', 'Z'],
  ['x', 'S'], ['s', 'S'], ['j', 'C'], ['q', 'C'], ['z', 'Z'], ['c', 'Z'], ['g', 'K'], ['k', 'K'], ['d', 'T'],
  ['t', 'T'], ['b', 'P'], ['p', 'P'],
];

/** Wade-Giles finals and their pinyin spelling. */
const WADE_GILES_FINALS: [RegExp, string][] = [
  [/iung$/, 'iong'], [/ung$/, 'ong'], [/ih$/, 'i'], [/ieh$/, 'ie'], [/ueh$/, 'ue'], [/ien$/, 'ian'], [/uei$/, 'ui'], [/erh$/, 'er'],
];

/** Wade-Giles initials and their pinyin spelling (the aspirated and plain forms alike once the mark is dropped). */
const WADE_GILES_INITIALS: [RegExp, string][] = [
  [/^hs/, 'x'], [/^ch(?=[iu])/, 'j'], [/^ch/, 'zh'], [/^t[sz]/, 'z'], [/^s[sz]/, 's'], [/^k/, 'g'], [/^t/, 'd'], [/^p/, 'b'],
];

/** The pinyin spelling of one syllable written in pinyin or Wade-Giles, or null when it is neither. */
function pinyinOf(syllable: string): string | null {
  if (PINYIN.has(syllable)) return syllable;
  let s = syllable;
  for (const [re, to] of WADE_GILES_FINALS) s = s.replace(re, to);
  for (const [re, to] of WADE_GILES_INITIALS) {
    if (re.test(s)) {
      s = s.replace(re, to);
      break;
    }
  }
  // tzu, ssu: the apical vowel WG writes u, pinyin i
  if (/^[zs]u$/.test(s) && /^(?:tz|ts|ss|sz)u$/.test(syllable)) s = `${s[0]}i`;
  return PINYIN.has(s) ? s : null;
}

/** A syllable's key: its initial's class and its final. */
function keyOf(pinyin: string): string {
  for (const [spelling, cls] of INITIALS) if (pinyin.startsWith(spelling)) return cls + pinyin.slice(spelling.length);
  return pinyin;
}

/** A word read as one to three pinyin syllables (longest first), or null. */
function splitPinyin(word: string, depth = 0): string[] | null {
  if (word === '') return [];
  if (depth === 3) return null;
  for (let n = Math.min(6, word.length); n >= 1; n -= 1) {
    const head = word.slice(0, n);
    if (!PINYIN.has(head)) continue;
    const rest = splitPinyin(word.slice(n), depth + 1);
    if (rest !== null) return [head, ...rest];
  }
  return null;
}

/**
 * Signs that a name is a romanised Chinese one: a Wade-Giles given name of two hyphenated
 * syllables ("Tse-tung"), or a word opening with a spelling only these romanisations use (x, q,
 * zh, hs, tz).
 */
const CHINESE_SIGNS = /\b(?:[a-z]{1,6}-[a-z]{1,6}|(?:x|q|zh|hs|tz)[a-z]{0,5})\b/i;

/**
 * The syllable keys of a romanised Chinese name, in order, or null when a word is not one to
 * three Chinese syllables. Hyphenated parts are read as Wade-Giles syllables, whole words as pinyin.
 */
export function chineseSyllableKeys(name: string): string[] | null {
  const keys: string[] = [];
  for (const word of name.toLowerCase().replace(/['’ʻ`]/g, '').split(/[\s,]+/)) {
    if (word === '') continue;
    const parts = word.split('-').filter((p) => p !== '');
    if (parts.length > 1) {
      for (const part of parts) {
        const pinyin = pinyinOf(part);
        if (pinyin === null) return null;
        keys.push(keyOf(pinyin));
      }
      continue;
    }
    const single = pinyinOf(word);
    const syllables = single !== null && !PINYIN.has(word) ? [single] : splitPinyin(word);
    if (syllables === null) return null;
    for (const s of syllables) keys.push(keyOf(s));
  }
  return keys.length > 0 ? keys : null;
}

/**
 * Whether two person names are one Chinese name in pinyin and Wade-Giles ("Mao Zedong" and
 * "Mao Tse-tung", "Xi Jinping" and "Hsi Chin-ping"): one of them shows it is a romanised
 * Chinese name, and both read as the same syllables in the same order.
 */
export function isSameChineseName(a: string, b: string): boolean {
  if (!CHINESE_SIGNS.test(a) && !CHINESE_SIGNS.test(b)) return false;
  if (!/^[\p{L}\s,'’ʻ`-]+$/u.test(a) || !/^[\p{L}\s,'’ʻ`-]+$/u.test(b) || /[^ -~]/.test(a + b)) return false;
  const ka = chineseSyllableKeys(a);
  const kb = ka === null ? null : chineseSyllableKeys(b);
  if (ka === null || kb === null || ka.length < 2 || ka.length !== kb.length) return false;
  return ka.every((k, i) => k === kb[i]);
}
