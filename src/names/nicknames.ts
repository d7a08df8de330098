/**
 * Given names and the short or familiar forms that stand for them in lists and the press
 * ("Ted" for Theodore, "Bibi" for Benjamin, "Sasha" for Aleksandr), by group. A nickname may
 * stand for several names (Ted: Theodore, Edward); two names agree when they share a group.
 */
const NICKNAME_GROUPS: readonly (readonly string[])[] = [
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['richard', 'dick', 'rick', 'ricky', 'rich'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny'],
  ['thomas', 'tom', 'tommy'],
  ['theodore', 'ted', 'teddy', 'theo'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['benjamin', 'ben', 'benny', 'bibi'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['joseph', 'joe', 'joey'],
  ['charles', 'charlie', 'chuck'],
  ['anthony', 'tony'],
  ['alexander', 'aleksandr', 'alex', 'sasha', 'sandy'],
  ['margaret', 'maggie', 'peggy', 'meg'],
  ['elizabeth', 'liz', 'beth', 'betty', 'eliza'],
  ['katherine', 'catherine', 'kate', 'kathy', 'cathy'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davy'],
  ['samuel', 'sam', 'sammy'],
  ['stephen', 'steven', 'steve'],
  ['christopher', 'chris'],
  ['nicholas', 'nick', 'nicky'],
  ['patrick', 'pat', 'paddy'],
  ['andrew', 'andy', 'drew'],
  ['jonathan', 'jon'],
  ['timothy', 'tim', 'timmy'],
  ['matthew', 'matt'],
  ['gregory', 'greg'],
  ['kenneth', 'ken', 'kenny'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['lawrence', 'larry'],
  ['francis', 'frank', 'frankie'],
  ['frederick', 'fred', 'freddie'],
  ['henry', 'harry', 'hank'],
  ['vladimir', 'volodya', 'vova'],
  ['dmitry', 'dmitri', 'dima'],
  ['mikhail', 'misha'],
  ['nikolay', 'nikolai', 'kolya'],
  ['yevgeny', 'evgeny', 'zhenya'],
  ['anatoly', 'tolya'],
  ['ivan', 'vanya'],
];

const GROUPS_OF = new Map<string, number[]>();
NICKNAME_GROUPS.forEach((group, i) => {
  for (const name of group) GROUPS_OF.set(name, [...(GROUPS_OF.get(name) ?? []), i]);
});

/** Whether two different given names are one name and its familiar form (or two forms of one name). */
export function isNicknameOf(a: string, b: string): boolean {
  if (a === b) return false;
  const ga = GROUPS_OF.get(a);
  const gb = GROUPS_OF.get(b);
  return ga !== undefined && gb !== undefined && ga.some((g) => gb.includes(g));
}
