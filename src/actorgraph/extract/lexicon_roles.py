"""Small general-English lexicons shared by the claim and label extractors.

Only general vocabulary: reporting verbs, role and epithet nouns, descriptors. No names.
"""

from __future__ import annotations

from functools import lru_cache


def wordset(s: str) -> frozenset[str]:
    """The set of whitespace-separated words in ``s``."""
    return frozenset(s.split())


# Reporting verbs that take a bare complement clause ("X said the talks failed").
REPORT_BARE = wordset(
    "said says say told tells stated added adds noted notes insisted insists stressed "
    "stresses argued argues believes believed thinks thought explained explains asserted "
    "asserts maintained maintains contended contends reiterated reiterates remarked "
    "commented replied replies responded emphasised emphasized emphasises emphasizes "
    "cautioned wrote writes tweeted declared declares warned warns claimed claims "
    "concluded observed recalled conceded denied denies accused accuses argue insist "
    "believe think warn contend maintain deny accuse reiterate "
    # machine-translated French: "a précisé" -> "has precised"
    "precised specified"
)
# Verbs that also take plain objects ("announced a ceasefire"): a claim only with "that".
REPORT_THAT = wordset(
    "announced announces confirmed confirms acknowledged acknowledges admitted admits "
    "revealed reveals reported reports suggested suggests predicted predicts alleged "
    "alleges hinted estimated complained complains indicated indicates disclosed agreed "
    "promised pledged vowed threatened urged feared fears hoped hopes claim allege suggest "
    "predict fear hope acknowledge admit confirm report estimate affirmed affirms affirm "
    "boasted boasts assured assures swore sworn swears "
    # "the army has informed that ...", "repeated that ...", "answered calmly that ..."
    "informed informs repeated repeats reminded reminds answered answers countered counters "
    "retorted retorts notified"
)
# Verbs that introduce a direct quotation after a short gap ("promised to “...”").
REPORT_QUOTE = (
    REPORT_BARE
    | REPORT_THAT
    | wordset(
        "called calls described describes dubbed termed branded labelled labeled quoted "
        # translated French "a qualifié cette décision de « ... »"
        "qualified qualifies "
        # "appealed to the juntas not to “...”"
        "appealed appeals "
        "saying adding warning telling writing insisting declaring arguing claiming stressing "
        # "X has denounced “an institutional coup”": a quoted verdict is X's claim
        "denounced denounces condemned condemns decried decries hailed hails slammed "
        "lambasted criticised criticized"
    )
)
REPORT_PARTICIPLES = wordset(
    "saying adding warning telling writing insisting declaring arguing claiming stressing "
    # ", accusing Y of ...", translated progressives "is accusing", "is denying", "is
    # affirming to have ..."
    "accusing denying affirming"
)
# "X's statement, “...”"
STATEMENT_NOUNS = wordset(
    "statement statements words remarks comments comment message warning claim assertion "
    "response reply answer tweet declaration announcement speech address letter post vow "
    "pledge promise threat accusation insistence verdict message"
)
# Heads of anonymous speaker phrases ("a senior official", "sources close to ...").
SPEAKER_HEADS = wordset(
    "official officials source sources diplomat diplomats spokesman spokeswoman "
    "spokesperson spokespeople analyst analysts expert experts observer observers critic "
    "critics witness witnesses resident residents writer author columnist commentator "
    "commentators minister ministers envoy commander commanders leader leaders president "
    "ministry government army military statement report reports people activist activists "
    "lawmaker lawmakers senator senators ambassador aide aides adviser advisers advisor "
    "advisors officer officers general insider insiders negotiator negotiators mediator "
    "mediators delegate delegates representative representatives member members agency "
    "office embassy council opposition rebels militants fighters protesters demonstrators "
    "journalist journalists reporter reporters correspondent scholar scholars professor "
    "researcher researchers police authorities administration organisation organization "
    "group movement body department secretary chief head deputy prosecutor investigators "
    "document memo communique communiqué staff command headquarters elder elders villagers "
    "locals survivors medics doctors worker workers press media broadcaster broadcasters"
)
# Speaker heads of the news media: "the local press said" is anonymous even with a
# demonym, unless the outlet is the state's own ("state media said").
MEDIA_HEADS = wordset("press media broadcaster broadcasters")
PRONOUNS_PERSON = wordset("he she")
PRONOUNS_OTHER = wordset("they it we i you")

# Role and epithet heads for persons.
PERSON_HEADS = wordset(
    "leader commander chief head general marshal marshall colonel major captain admiral "
    "brigadier lieutenant sergeant officer soldier fighter militant jihadist jihadi terrorist "
    "extremist rebel insurgent warlord strongman dictator tyrant autocrat despot ruler king "
    "queen prince princess emir sheikh sultan president premier minister chancellor "
    "secretary ambassador envoy diplomat spokesman spokeswoman spokesperson official "
    "representative negotiator mediator adviser advisor aide candidate politician lawmaker "
    "senator governor mayor cleric imam ayatollah mufti putschist usurper hero villain "
    "figure man woman loyalist defector exile successor heir protege protégé founder "
    "mastermind architect strategist veteran boss kingpin deputy mercenary agent "
    "henchman crony kingmaker operative spy criminal butcher thug hardliner reformer "
    "revolutionary nationalist islamist chairman chairwoman director speaker prosecutor "
    "judge pilot chieftain patriarch predecessor servant counterpart businessman "
    "businesswoman tycoon magnate billionaire oligarch secretary-general director-general "
    "attorney-general professor assistant usurper bureaucrat bandit looter "
    "gangster goon hooligan lackey stooge murderer killer mobster fanatic zealot warmonger "
    "chairperson adventurer demagogue upstart impostor traitor provocateur"
)
# Heads for collective actors (states, governments, armed groups, organisations).
GROUP_HEADS = wordset(
    "coalition alliance group faction movement organisation organization network sect "
    "party force army brigade battalion unit militia regime government administration "
    "junta council authority authorities state power superpower outfit offshoot affiliate "
    "branch wing cell gang cartel clan tribe umbrella front bloc camp body agency "
    "mercenaries rebels insurgents militants jihadists extremists terrorists fighters "
    "loyalists islamists nation country kingdom republic monarchy emirate democracy "
    "dictatorship theocracy cult federation union delegation company clique"
)
# Heads that fit any kind of actor.
ANY_HEADS = wordset(
    "ally backer sponsor patron partner rival enemy foe opponent proxy player actor broker "
    "client friend adversary supporter guarantor mediator dealer puppet puppets member "
    "monitor watchdog supplier creditor lender benefactor"
)
# Plural person heads too generic to label a group ("Hamas, the group's leaders" names
# people, not an epithet of the group); other plural person heads do ("the regime's thugs").
GENERIC_MEMBERS = wordset(
    "officials leaders members fighters soldiers troops men women people representatives "
    "delegates ministers commanders officers spokesmen supporters figures agents aides "
    "advisers advisors diplomats envoys negotiators heads chiefs generals"
)
# Evaluative plural nouns that label a group by what its members are ("the bandits of the
# Front", "the sleepy bureaucrats of the mission"); neutral members' nouns do not.
MEMBER_EPITHETS = wordset(
    "bandits thugs criminals butchers terrorists mercenaries puppets lackeys henchmen "
    "bureaucrats looters gangsters goons hooligans killers murderers stooges mobsters "
    "fanatics zealots putschists usurpers warmongers cronies traitors"
)
# Heads too generic to stand alone ("man", "figure"): they need a modifier.
WEAK_HEADS = wordset(
    "man woman figure force power player actor body state group member company monitor"
)
# A generic head noun glued after a name ("the X regime", "the Y sect").
GLUED_HEADS = wordset(
    "sect regime militia militias junta clan faction movement cult camp loyalists gang dynasty "
    "clique"
)

# Lowercase modifiers allowed inside a label.
DESCRIPTORS = wordset(
    "former ex late veteran renegade rogue self-styled self-proclaimed self-declared "
    "so-called de facto top senior powerful influential notorious infamous strong military "
    "rebel militant radical hardline hard-line jihadist jihadi islamist moderate elected "
    "unelected interim acting deputy retired exiled ousted deposed disgraced fugitive wanted "
    "dissident opposition regional local eastern western northern southern tribal armed "
    "religious secular islamic undisputed unchallenged de-facto aging ageing ambitious "
    "controversial charismatic longtime long-time key main chief supreme would-be wannabe "
    "tough brutal ruthless ruling potential leading prominent foreign defence defense "
    "interior finance special senior junior civilian political spiritual national "
    "international terrorist extremist separatist sectarian authoritarian autocratic "
    "unstoppable only real self-appointed warring rival allied proxy paramilitary "
    "mercenary fundamentalist nationalist anti-government pro-government dominant "
    "new young old elderly powerful military-backed "
    # office fields ("information minister", "press secretary") and evaluative epithets
    "information press trade health justice energy oil economy intelligence security "
    "communications arms loyal reckless faithful obedient corrupt murderous bloodthirsty "
    "air naval ministry private "
    # first words of compound offices ("prime minister", "crown prince")
    "prime crown vice "
    # an office held for now ("caretaker prime minister")
    "caretaker outgoing incumbent"
)
# Words that make an office a different one ("vice president", "petroleum minister"): an
# anaphor carrying one refers only to a person already described with it.
OFFICE_QUALIFIERS = wordset(
    "vice prime crown deputy first second assistant foreign defence defense interior finance "
    "information petroleum oil energy trade health justice economy intelligence security "
    "communications press army air naval agriculture education transport mining water labour "
    "labor culture tourism environment"
)
# Epithet adjectives that make a label on their own ("self-styled X").
EPITHET_ADJECTIVES = wordset(
    "self-styled self-proclaimed self-declared self-appointed so-called renegade rogue "
    "notorious infamous disgraced ousted deposed exiled fugitive putschist"
)
# Title-case office words (pre-nominal titles).
TITLE_WORDS = wordset(
    "Field Marshal Marshall General Gen. Gen Lt. Lt Lieutenant Col. Col Colonel Maj. Major "
    "Brig. Brigadier Capt. Captain Adm. Admiral Sgt. Sergeant Commander Cmdr. President "
    "Vice Prime Minister Foreign Interior Defence Defense Finance Deputy Chief Secretary "
    "Ambassador Envoy Special Senator Sen. Rep. Representative Gov. Governor Mayor King "
    "Queen Prince Princess Crown Sheikh Sheik Emir Sultan Ayatollah Imam Chairman "
    "Chairwoman Speaker Spokesman Spokeswoman Premier Chancellor Head Leader Supreme Grand "
    "Mufti Justice Judge Attorney Commissioner Director Warlord Strongman State Army Air "
    "Naval Navy Staff Acting Interim Former Ex Executive Emirati Professor Affairs"
)
ABBREVIATIONS: dict[str, str] = {
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "brig": "brigadier",
    "capt": "captain",
    "adm": "admiral",
    "sgt": "sergeant",
    "cmdr": "commander",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
}
# Hyphenated prefixes of an office: "sub-secretary" is headed by "secretary".
OFFICE_PREFIXES = wordset("sub vice under deputy co ex")
HONORIFICS = wordset("Mr. Mr Mrs. Mrs Ms. Ms Dr. Dr Prof. Prof Sir Dame Mme. Mme")
ARTICLES = wordset("the a an")
DETERMINERS = wordset(
    "the a an this that these those his her its their our my your some any no every each another"
)


@lru_cache(maxsize=65536)  # pure, and asked about the same words all the time
def head_key(word: str) -> str:
    """Lowercase, abbreviation-expanded form of a head candidate ("Gen." -> "general")."""
    w = word.lower().rstrip(".")
    prefix, _, rest = w.partition("-")
    if rest and prefix in OFFICE_PREFIXES:  # "sub-secretary", "vice-president"
        w = rest
    return ABBREVIATIONS.get(w, w)


@lru_cache(maxsize=65536)  # pure, and asked about the same words all the time
def singular(word: str) -> str:
    """Crude singular for head lookups ("factions" -> "faction", "militias" -> "militia")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=65536)  # pure, and asked about the same words all the time
def head_class(word: str) -> str | None:
    """'person', 'group', 'any' when ``word`` is a role/epithet head, else None."""
    w = head_key(word)
    for cand in (w, singular(w)):
        if cand in ANY_HEADS:
            return "any"
        if cand in PERSON_HEADS:
            return "person"
        if cand in GROUP_HEADS:
            return "group"
    return None
