/**
 * Given names and their usual short forms, so that one person named two ways
 * (`Dick Durbin`, `Richard J. Durbin`; `Mike Thibodeau`, `Michael
 * Thibodeau`) gets one name across articles. Each line: the formal names,
 * then `:`, then their short forms.
 */
const table = `
richard: dick rick rich richie
william: bill billy will willie
robert roberto: bob bobby rob robbie beto
james: jim jimmy jamie
michael: mike mick
charles: chuck charlie
joseph: joe joey
thomas: tom tommy
patrick patricia: pat
edward: ed eddie ted ned
theodore: ted teddy
benjamin: ben binyamin
jacob: jake jack
john: jack johnny
christopher christina christine: chris
daniel: dan danny
david: dave
stephen steven: steve
jeffrey: jeff
gerald jerome jerrold: jerry
lawrence: larry
anthony: tony
andrew: andy drew
alexander alexandra: alex
nicholas: nick
timothy: tim
matthew: matt
samuel samantha: sam
peter: pete
kenneth: ken kenny
ronald: ron ronnie
donald: don donnie
douglas: doug
gregory: greg
henry: hank harry
frederick: fred
francis: frank
raymond: ray
russell: russ
mitchell: mitch
newton: newt
joshua: josh
zachary: zach
philip phillip: phil
vincent: vince
walter: walt
albert alan allen: al
elizabeth: liz beth betsy betty eliza
katherine catherine kathleen: kate katie kathy cathy
margaret: maggie peggy meg
susan: sue susie
deborah: debbie deb
rebecca: becky
patricia: patty trish
jennifer: jen jenny
jessica: jess
victoria: vicky
kimberly: kim
barbara: barb
cynthia: cindy
abigail: abby
pamela: pam
judith: judy
bernard: bernie
jonathan: jon jonny
gabrielle: gabby gabi
muhammad: mohammed mohammad mohamed mohamad
mitchell: mitch
`

/** For each name, the formal names it may stand for: a formal name itself, a short form each of its line's. */
const formalOf = new Map<string, Set<string>>()
for (const line of table.trim().split('\n')) {
  const [formal, short] = line.split(':').map((part) => part.trim().split(/\s+/))
  for (const name of formal) formalOf.set(name, new Set([name]))
  for (const name of short) {
    const set = formalOf.get(name) ?? new Set<string>()
    for (const form of formal) set.add(form)
    formalOf.set(name, set)
  }
}

/** True when two lower-case given names may name one person: `dick` and `richard`, `jack` and `jacob`. */
export function isSameGivenName(a: string, b: string): boolean {
  if (a === b) return true
  const formalA = formalOf.get(a)
  const formalB = formalOf.get(b)
  if (!formalA || !formalB) return false
  for (const formal of formalA) if (formalB.has(formal)) return true
  return false
}
