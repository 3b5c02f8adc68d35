"""Votes: each recorded outcome of a vote or show of agreement, with its tally checked.

Wordings: "carried by 8 votes to 3 with 2 abstentions", "For: 7, Against: 2,
Abstentions: 1", "Motion carried 5-2", "(6-0-1)", "(Y-5)" roll calls, "unanimously
agreed", "nem. con.", "the motion was lost", recorded votes listing names For and
Against (counted, and checked against a printed total), and votes reported per group
("in the City there was 1 abstention, ... in the South West two practices abstained and
9 approved"). Mentions of a future vote are not votes. Tallies are never silently fixed:
a failed check is a warning on the vote.
"""
from __future__ import annotations

import bisect
import re

from boardpapers.extractors import motion_tables
from boardpapers.extractors.context import Context
from boardpapers.extractors.text_tools import cap_items, line_end, page_of, sentence_bounds, squash
from boardpapers.schemas.paper import Paper
from boardpapers.schemas.record import Vote

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_WORDS = "|".join(NUMBER_WORDS)
N = rf"(?:\d{{1,3}}|(?:{_WORDS})(?:\s*\(\d{{1,3}}\))?)"     # "5", "five", and "five (5)" as US minutes write it
OUTCOME_WORDS = r"(?:carried|passed|approved|agreed|adopted|lost|defeated|failed|rejected)"
VOTERS = r"(?:members?|directors?|councill?ors?|cllrs?|trustees?|governors?|commissioners?|supervisors?|votes?)"

P_BY_VOTES = re.compile(
    rf"(?i)\b(?P<res>{OUTCOME_WORDS}),?\s+(?:on\s+a\s+(?:show\s+of\s+hands|(?:recorded\s+|roll[- ]call\s+)?vote|division),?\s+)?(?:by\s+(?:a\s+(?:majority|vote)\s+of\s+)?)?\(?(?P<f>{N})\s+(?:votes?\s+)?"
    rf"(?:to|against|-|–)\s+(?P<a>{N})(?:\s+votes?)?\)?(?:,?\s*(?:with|and)\s+(?P<ab>{N}|no)\s+abstentions?)?")
# "carried with 9 in favour, 2 against and 1 abstention"
P_COUNTS = re.compile(
    rf"(?i)\b(?P<f>{N})\s+(?:{VOTERS}\s+)?(?:votes\s+)?(?:voting\s+|voted\s+|were\s+)?(?:in\s+favou?r|for)\s*(?:\([^()]{{0,400}}\))?\s*(?:,|and)?\s*(?P<a>{N}|none)\s+(?:\([^()]{{0,200}}\)\s*)?(?:{VOTERS}\s+)?(?:votes\s+)?(?:voting\s+|voted\s+|were\s+)?(?:against|opposed)\b"
    rf"(?:\s*\([^()]{{0,400}}\))?(?:(?:\s*,\s*(?:and\s+|with\s+)?|\s*(?:and|with)\s+)(?P<ab>{N}|no)\s+(?:abstentions?|abstained|abstaining))?"   # ", 1 abstention"
    rf"|\b(?:passed|carried|approved|adopted)\s+(?:with|by)\s+(?P<f2>{N})\s+(?:votes\s+)?in\s+favou?r\b(?!\s*(?:\([^()]*\))?\s*(?:,|and)?\s*(?:{N}|none)\s+(?:against|opposed))"
    rf"(?:\s*\([^()]{{0,400}}\))?")   # the names in favour, so a "declared the motion PASSED unanimously" below joins it
# "6 in favour, 1 abstention": nobody against is stated, so no count against is given
P_FOR_ABSTAIN = re.compile(
    rf"(?i)\b(?P<f>{N})\s+(?:{VOTERS}\s+)?(?:voting\s+|voted\s+|were\s+)?in\s+favou?r\s*(?:,|;|and|with)\s*(?P<ab>{N})\s+(?:abstentions?|abstained|abstaining)\b")
# "carried, with 4 against", "Carried on a show of hands with one abstention": only the minority is counted
P_WITH_MINORITY = re.compile(
    rf"(?i)\b(?P<res>carried|passed|agreed|approved|adopted|lost|defeated),?\s+(?:on\s+a\s+show\s+of\s+hands,?\s+)?with\s+"
    rf"(?:(?P<a>{N})\s+(?:{VOTERS}\s+)?(?:voting\s+)?(?:against|opposed)(?:\s*(?:,|and)\s*(?P<ab2>{N})\s+abstentions?)?"
    rf"|(?P<ab>{N})\s+abstentions?)\b")
# "3 yea, 0 nay", "5 ayes and 2 noes"
P_YEA_NAY = re.compile(
    rf"(?i)\b(?P<f>{N})\s+(?:yeas?|ayes?|yes)\s*(?:,|and|;)?\s*(?P<a>{N}|none)\s+(?:nays?|noes?|no)\b"
    rf"(?:\s*(?:,|and|;)?\s*(?P<ab>{N})\s+(?:abstentions?|abstain(?:ed|ing)?))?")
# a roll call read out by name: "voice vote, Dick Dillon aye, Gary Mantay aye, Janet Keough aye"
# 'Mayor Bourke - I, Councilmember Davis - No', 'Council Member Pinon voting "Aye," ...'; not a list's
# head ("Against: no votes") nor a nobody ("no one")
_NAME_VOTE = (r"\b(?!(?i:aye|yea|yes|nay|no|ayes|yeas|nays|noes|against|for|opposed|abstentions?|abstain\w*|in)\b)[A-Z][\w.'’-]*(?:[ \n]+[A-Z][\w.'’-]*){0,3}"
              r"(?:[ \n]+(?:voting|votes|voted)[ \n]+|[ ]*[-–:,][ ]*\n?|[ \n]+)[“\"']?"   # "Hofstad -\naye": a line may break after the dash
              r"(?P<v>(?i:aye|yea|yes|nay|no|abstain(?:ed|ing)?)|(?<=[-–:] )I|(?<=[-–:])I)\b(?![ ]+(?i:votes?|one|members?|objections?|abstentions?)\b)[”\"']?[,;.]?[”\"']?\s*(?:and\s+)?")
P_NAME_VOTES = re.compile(rf"(?:{_NAME_VOTE.replace('(?P<v>', '(?:')}){{2,}}")
_NAME_VOTE_RE = re.compile(_NAME_VOTE)
# "(Cllr A proposed, Cllr B seconded, five were in favour and two abstained)", "all were in favour"
P_FAVOUR = re.compile(
    rf"(?i)\b(?P<f>{N}|all)\s+(?:members\s+|councill?ors\s+|present\s+)?(?:were|was|voted)\s+in\s+favou?r\b"
    rf"(?P<rest>[^.;)]{{0,80}})")
# the voters named in brackets after their count: "Ayes: 2 (Ruiz-Callahan, Wojcik). Nays: 3 (Vandermeer, ...)"
_VOTER_NAMES = r"(?:\s*\([^()\n]{1,200}\))?"
P_LABELLED = re.compile(
    rf"(?i)\b(?:for|in\s+favou?r|ayes?|yes|yeas?)\s*[:=\-–]?\s*(?P<f>{N})\b{_VOTER_NAMES}\s*[,;.·•|/]?\s*(?:and\s+)?"
    rf"(?:against|opposed|noes?|nays?|no)\s*[:=\-–]?\s*(?P<a>{N})\b"
    rf"(?:{_VOTER_NAMES}\s*[,;.·•|/]?\s*(?:and\s+)?(?:abstentions?|abstained|abstain(?:ing)?|abstaining)\s*[:=\-–]?\s*(?P<ab>{N})\b)?")   # "For 6; Against 3; Abstention 1", "For 44 · Against 0 · Abstentions 2"
# "this was not supported, 2 members voting in favour": a lost motion and its only count
P_FEW_FOR = re.compile(
    rf"(?i)\b(?:not\s+supported|not\s+carried|lost|defeated|fell|failed),?\s+(?:with\s+)?(?:only\s+)?(?P<f>{N})\s+"
    rf"(?:{VOTERS}\s+)?(?:voting|voted)\s+(?:in\s+favou?r|for)\b")
# "Proposed: Cllr Hughes. Seconded: Cllr Lewis. All agreed." — a show of agreement after a motion
P_ALL_AGREED = re.compile(r"(?m)(?:^|(?<=[.;:]\s)|(?<=,\s)(?=all\b))(?:All|ALL|Everyone|all)\s+(?i:agreed|in\s+favou?r|approved|voted\s+in\s+favou?r|ayes|voted\s+aye)"
                          r"[ \t]*[.;]?[ \t]*(?=$|[A-Z(])")
P_DASH = re.compile(
    rf"(?i)\b(?P<res>{OUTCOME_WORDS}|vote[ds]?|motion)\b[^.\d)\t]{{0,25}}?\(?(?P<f>\d{{1,3}})\s*[-–]\s*(?P<a>\d{{1,3}})"
    rf"(?:\s*[-–]\s*(?P<ab>\d{{1,3}})|,?\s+with\s+(?P<ab3>{N})\s+abstentions?)?\)?(?![\d/-])"
    rf"|(?i:\b(?P<res2>carried|lost|defeated|passed|failed))[ \t]+(?P<f2>\d{{1,3}})/(?P<a2>\d{{1,3}})(?![\d/])")   # "CARRIED 6/1"
_STATUTE_BEFORE = re.compile(r"(?:\b(?-i:[A-Z]{2,6}\.?)|§|\bSection|\bch?\.|\bArticle)\s*$")   # "SDCL 11-3-6", "RCW 35A.12", "§ 2-3"
P_ROLL = re.compile(r"\(?\bY-(?P<f>\d{1,3})(?:\s*[;,]?\s*N-(?P<a>\d{1,3}))?\b\)?")
P_UNANIMOUS = re.compile(
    rf"(?i)(?:\b|(?=\())(?:unanimously\s+(?P<r1>{OUTCOME_WORDS}|resolved|supported|voted|endorsed|accepted)|"
    rf"(?P<r2>{OUTCOME_WORDS}|resolved)\s+unanimously|unanimous\s+(?:(?:voice|roll[- ]call)\s+)?(?:vote|decision|support|approval|agreement)|(?:by|with)\s+unanimous\s+consent|"
    rf"(?:board|committee|council|meeting|members|decision|vote)\s+(?:was|were)\s+unanimous\b|"   # "The decision was unanimous."   # "The Board was unanimous, and: APPROVED ..."
    rf"all\s+(?:(?:members|commissioners|directors|trustees|councill?ors|supervisors|aldermen)\s+)?(?:present\s+)?voted\s+(?:aye|yes|in\s+the\s+affirmative)\b|"   # "All members voted aye."
    rf"\(\s*unanimous(?:ly)?\b(?:\s+of\s+those\s+(?:present|voting)(?:\s+and\s+(?:voting|present))?)?|"   # "(Unanimous)", "(Unanimous of those present and voting)"
    rf"(?m:^)[ \t]*unanimous(?:ly)?[ \t]*\.?[ \t]*(?=\n|$)|"   # "RESOLVED - No objection.\nUnanimous."
    rf"nem\.?\s*con\.?|without\s+dissent|(?:there\s+being\s+)?no\s+dissent|(?:agreed|approved|adopted|endorsed)\s+by\s+consensus|,\s*by\s+consensus\s*,|"
    r"(?:agreed|approved|accepted|adopted|carried|endorsed|passed)\s+by\s+all(?:\s+(?:present|members(?:\s+present)?|those\s+present))?(?=[ \t]*(?:[.;,)\n]|$)))")   # "the commissioners, by consensus, instructed ...", "Accepted by All"
P_OUTCOME = re.compile(
    r"(?:(?i:\b(?:the\s+)?(?:motion|resolution|amendment|recommendation|proposal)\b[^.]{0,60}?\b(?:was\s+|were\s+)?"
    r"(?:put\s+to\s+the\s+vote\s+and\s+(?:was\s+)?)?)(?P<r1>carried|lost|defeated|failed|passed|(?<=was\s)approved|(?<=was\s)rejected)\b"
    r"|\b(?P<r2>CARRIED|DEFEATED|LOST|(?<=[.:]\s)PASSED)\b(?=\s*[.;]?\s*(?:$|\n|\(|on\s+a\s+show|[A-Z]))"
    r"|\b(?P<r8>Carried|Lost|Defeated|(?<=[.:]\s)Passed)\b(?=[.;]|[ \t]*(?:$|\n|\(|on\s+a\s+show))"   # not "Lost Creek""
    r"|(?i:\bmotion\s+(?P<r3>carried|failed|lost|defeated|passed))"
    r"|(?im:^[ \t]*(?:resolution|outcome|result|decision|status)[ \t]*:[ \t]*(?P<r4>passed|carried|approved|adopted|failed|lost|defeated|rejected)\b)"
    r"|(?i:\s[-–]\s+(?:this\s+was\s+)?(?:temporarily\s+)?(?P<r5>approved|passed|carried|rejected|defeated)\b(?=\.?[ \t]*(?:\n|$)))"
    r"|(?<=\w[ \t])(?P<r6>carried|passed|defeated)\.?(?=[ \t]*(?:\n|$))"       # a short line ending "Rule 11 carried"
    r"|(?i:\b(?:and|this|it|which)\s+was\s+(?:duly\s+|unanimously\s+)?)(?P<r7>carried|passed|defeated)\b)",
    re.M)   # r4: "Resolution: Passed." closing a labelled motion record; r7: "A motion was made ... And was carried." 
# "It was proposed by Cllr X, seconded by Ms Y, and agreed, that ...": agreement stated after the seconder;
# "The proposal was accepted by a show of hands"
P_SECONDED_AGREED = re.compile(r"(?i)\bseconded\s+by\s+[^.;:\n]{2,80}?,?\s+and\s+(?P<r>agreed|carried|approved|passed|resolved)\b")
# "Proposed: Cllr Jenkins   Seconded: Cllr Harding", "Proposed by MC and Seconded by AW", "approved KL,
# seconded SW", "Proposer: ... / Seconder: ...": who moved and seconded, beside a resolution with no outcome word
# a name may hold the full stops of a title or an initial ("Cllr. G. Lyons", "Mr. J. Smith")
_ABBREVIATION = r"(?<![\w.])(?:Cllrs?|Cr|Mrs?|Ms|Dr|Prof|Rev|[A-Z])\."
P_PROPOSER_SECONDER = re.compile(
    r"(?i)\b(?:proposed|moved|proposer|mover|approved|accepted|prop\.|propd\.?)(?:\b|(?<=\.))[ \t]*(?:by\b|:)?[ \t]*(?:\n[ \t]*)?"   # ("Proposed\n   Cllr Whitlock")
    r"(?P<p>(?:(?-i:" + _ABBREVIATION + r")|[^\n.;:]){1,60}?)[ \t]*[,;]?"
    r"[ \t]*(?:\n[ \t]*){0,3}(?:and[ \t]+)?\b(?:second(?:ed|er)\b|sec(?:d)?\.)[ \t]*(?:by\b|:)?[ \t]*"   # "Prop. Cllr A, sec. Cllr B"
    r"(?P<s>(?:(?-i:" + _ABBREVIATION + r")|[^\n.;,]){1,60})")
# what the paragraph around the movers says became of the motion
_TAKEN = re.compile(r"(?i)\b(?:resolved|approved|agreed|accepted|adopted|carried|passed|ratified|confirmed|elected|endorsed)\b")
_STATED = re.compile(r"(?i)\b(?:motion|resolution|amendment|proposal|recommendation)\b[^.\n]{0,40}\b(?:carried|lost|defeated|passed|failed)\b"
                     r"|(?m:^[ \t]*(?:CARRIED|LOST|DEFEATED|Carried|Lost|Defeated)\b)")
_ITEM_HEAD = re.compile(r"\n[ \t]*(?:#{1,6}[ \t]|(?:[A-Z]{1,6}[ \t]?)?\d{1,4}(?:[./]\d{1,4})*[.)]?[ \t]+[A-Z])")
_FELL = re.compile(r"(?i)\b(?:lost|defeated|fell|failed|not\s+(?:agreed|carried|approved|adopted)|withdrawn|no\s+seconder)\b")
# "On the proposal of Cllr Furlong, seconded by Cllr Kiernan, the minutes ... were confirmed": an Irish record
# of a motion agreed, unless the sentence says it fell
P_ON_PROPOSAL = re.compile(r"(?i)\bon\s+the\s+proposal\s+of\s+[^.;:\n]{2,60}?,\s+seconded\s+by\s+[^.;:\n,]{2,60},(?P<rest>[^.;]{0,300})")
# "the Board voted by voice vote to support House Bill 1294", "Members voted unanimously to accept ..."
P_VOTED_BY = re.compile(r"(?i)\bvoted\s+(?:(?P<u>unanimously)|by\s+(?:voice\s+vote|acclamation|a\s+show\s+of\s+hands|consensus|general\s+consent))"
                        r"\s+to\s+(?=[a-z])")
P_SHOW_OF_HANDS = re.compile(r"(?i)\b(?P<r>accepted|agreed|carried|approved|passed|adopted|rejected|defeated|lost)\s+"
                             r"(?:unanimously\s+)?(?:by|on|with)\s+a\s+show\s+of\s+hands\b")
# "Elected unanimously (11)", "carried unanimously (9)": the count of a unanimous vote in brackets
P_UNANIMOUS_COUNT = re.compile(r"(?i)\b(?:elected|re-elected|appointed|co-opted|carried|passed|approved|agreed|adopted)\s+"
                               r"unanimously\s*\((?P<n>\d{1,3})\)")
# "6 people said yes / 4 people abstain": a count of voters by what they said
P_SAID = re.compile(rf"(?i)\b(?P<f>{N})\s+(?:people|persons|members|voters)\s+(?:said|voted)\s+(?:yes|aye|for|in\s+favou?r)\b"
                    rf"(?P<rest>[^.]{{0,120}})")
# "On being put to the vote, 8 Members voted for the motion, 6 against and 1 abstained"
P_VOTED_FOR_THE = re.compile(rf"(?i)\b(?P<f>{N})\s+(?:{VOTERS}\s+)?voted\s+(?:for|in\s+favou?r\s+of)\s+the\s+"
                             rf"(?:motion|amendment|proposal|recommendation|resolution)\s*,?\s*(?P<a>{N}|none)\s+(?:voted\s+)?against"
                             rf"(?:\s*,?\s*and\s+(?:there\s+(?:was|were)\s+)?(?P<ab>{N})\s+(?:abstained|abstentions?))?")   # "and there was one abstention"
# a division between a motion and an amendment, as Scottish councils record it: "Motion<tab>4 votes /
# Amendment<tab>5 votes" or "For the motion 4, for the amendment 5": the side with more votes carried
# the Scottish council's division: "there voted for the amendment 4 and for the motion 7, with 1 abstention"
P_THERE_VOTED = re.compile(
    rf"(?i)\bthere\s+voted\s+for\s+the\s+(?:motion|(?:first\s+|second\s+)?amendment)\s+(?P<n1>{N})(?:\s+votes?)?"
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)for\s+the\s+(?:motion|(?:first\s+|second\s+)?amendment)\s+(?P<n2>{N})(?:\s+votes?)?"
    rf"(?:\s*[,(]?\s*(?:with\s+|and\s+)?(?P<ab>{N})\s+(?:abstentions?|abstained|members?\s+abstaining)\)?)?")
# "there voted 9 for the proposal and 31 against, with 1 abstention"
P_THERE_VOTED_FOR_AGAINST = re.compile(
    rf"(?i)\bthere\s+voted\s+(?P<f>{N})\s+for(?:\s+the\s+(?:motion|proposal|amendment|recommendation))?\s*,?\s+and\s+"
    rf"(?P<a>{N})\s+against(?:\s*[,(]?\s*(?:with\s+|and\s+)?(?P<ab>{N})\s+(?:abstentions?|abstained)\)?)?")
# "9 members voted for the motion, 14 members voted for the amendment and 4 members abstained"
P_VOTED_FOR_EACH = re.compile(
    rf"(?i)\b(?P<n1>{N})\s+(?:{VOTERS}\s+)?voted\s+for\s+the\s+(?:motion|(?:first\s+|second\s+)?amendment)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?P<n2>{N})\s+(?:{VOTERS}\s+)?voted\s+for\s+the\s+(?:motion|(?:first\s+|second\s+)?amendment)"
    rf"(?:\s*,?\s*(?:and\s+|with\s+)?(?P<ab>{N})\s+(?:{VOTERS}\s+)?(?:abstained|abstentions?))?")
P_MOTION_AMENDMENT = re.compile(rf"(?im)^[ \t]*(?:for\s+the\s+)?motion[ \t:–-]*(?P<m>{N})(?:[ \t]+votes?)?[ \t]*[,;]?[ \t]*\n?"
                                rf"[ \t]*(?:for\s+the\s+)?amendment[ \t:–-]*(?P<a>{N})(?:[ \t]+votes?)?[ \t]*$")
NOT_OUTCOME = re.compile(r"(?i)^\s*(?:out|forward|over|through|on\s+with|by\s+(?!\d|a\s+(?:vote|majority|show)|voice\b|acclamation\b|unanimous\b|consensus\b|roll\b|general\s+consent)|to\s+(?!the\s+vote)|around|round|away|along)")
_BULLET = r"(?:[•·▪*-][ \t]+)?"
FOR_HEAD = re.compile(r"(?im)^[ \t]*(?:in\s+favou?r|for|ayes?|yeas?|voting\s+for|yes)[ \t]*[:\-–]?[ \t]*$"
                      rf"|(?im:^[ \t]*{_BULLET}(?:in\s+favou?r|for|ayes?|yeas?)[ \t]*\(\d{{1,3}}\)[ \t]*(?:[:\-–]|\t)[ \t]*(?:\n[ \t]*)?(?=[A-Z]))"
                      r"|(?i:\b(?:ayes?|in\s+favou?r|voting\s+yes|yes|yeas?)(?:\s*\(\d{1,3}\))?\s*[:\-–][ \t]*(?=[A-Z])"
                      r"(?!(?:nays?|noes?|no|against|opposed)\b))|(?m:^[ \t]*For(?:\s*[:\-–]\s*|\t\s*)(?=Crs?\b|Cllrs?\b|Councill?ors?\b|Trustees?\b|Directors?\b))"
                      r"|(?im:^[ \t]*voting\s+for\s+the\s+(?:motion|amendment|proposal)[ \t]*[:\-–][ \t]*(?=\S))"
                      r"|(?<=\()For\s*:\s*(?=[A-Z])"   # "the amendment was LOST (For: Members A and B; Against: ...)"
                      r"|(?m:^[ \t]*For[ \t]*:[ \t]*(?=[A-Z][^\n]{0,400}(?:\n[ \t]*)?\(\d{1,3}\)[ \t]*$))"   # "For: Okafor, Sandhu (2)"
                      r"|(?m:^[ \t]*For[ \t]*:[ \t]*(?=(?:Mayor|Deputy\s+Mayor|Provost|Cathaoirleach)\b))")   # "For: Mayor Tamihana, Crs ..."
AGAINST_HEAD = re.compile(r"(?im)^[ \t]*(?:against|noes?|nays?|voting\s+against|opposed)[ \t]*[:\-–]?[ \t]*$"
                          rf"|(?im:^[ \t]*{_BULLET}(?:against|noes?|nays?|opposed)[ \t]*\(\d{{1,3}}\)[ \t]*(?:[:\-–]|\t)[ \t]*(?=[A-Z]))"
                          r"|(?m:^[ \t]*Against\t\s*(?=Crs?\b|Cllrs?\b|Councill?ors?\b|Trustees?\b|Directors?\b))"
                          r"|(?im:^[ \t]*voting\s+against\s+the\s+(?:motion|amendment|proposal)[ \t]*[:\-–][ \t]*(?=\S))"
                          r"|(?i:\b(?:noes?|no|nays?|against|opposed)(?:\s*\(\d{1,3}\))?\s*[:\-–]\s*(?=[A-Z]))")
ABSTAIN_HEAD = re.compile(r"(?im)^[ \t]*(?:abstentions?|abstain(?:ed|ing)?|abstaining)[ \t]*[:\-–]?[ \t]*$"
                          rf"|(?im:^[ \t]*{_BULLET}(?:abstentions?|abstain(?:ed|ing)?)[ \t]*\(\d{{1,3}}\)[ \t]*(?:[:\-–]|\t)[ \t]*(?:\n[ \t]*)?(?=[A-Z]))"
                          r"|(?i:\b(?:abstentions?|abstaining|abstain(?:ed)?)(?:\s*\(\d{1,3}\))?\s*[:\-–]\s*(?=[A-Z]))")
MOTION_ID = re.compile(r"\b(?:[A-Z]{1,3}\d{4}-\d{1,4}|(?:Resolution|Motion|Amendment|Item)\s+(?:No\.?\s*)?[\w.-]*\d[\w.-]*)")
# a name list that says nobody: "Against: none", "Abstain: nil", "Against: no votes.", "Noes: -"
NOBODY = re.compile(r"(?i)\s*(?:(?:none|nil|nobody|no\s+one|no\s+votes?|no\s+members?|zero|0|n/a)\b|[-–—])?\s*(?:[.;]|$)")
NONE_AGAINST = re.compile(r"(?i)[.;,]?\s*(?:none|no\s+one|nobody|no\s+members?)\s+(?:opposed|against|voted\s+against)\b")
EXAMPLE = re.compile(r"(?i)\b(?:e\.g\.|for\s+example|for\s+instance|i\.e\.|means)[^.]{0,40}$")
FUTURE = re.compile(r"(?i)\b(?:will|would|shall|to|may|could|should)\s+(?:be\s+)?(?:put\s+to\s+)?(?:a\s+)?$")


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.lower()
    if s in ("no", "none"):
        return 0
    digits = re.search(r"\((\d{1,3})\)", s)       # "four (4)": the digits decide
    if digits:
        return int(digits.group(1))
    return int(s) if s.isdigit() else NUMBER_WORDS.get(s)


def _result(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w in ("carried", "passed", "approved", "agreed", "adopted", "resolved", "supported", "endorsed", "accepted"):
        return "carried"
    if w in ("lost", "defeated", "failed", "rejected"):
        return "lost"
    return None


# between a vote and a later outcome, the next question being put: the outcome is that question's
_PUT_NEXT = re.compile(r"(?i)\b(?:was|were)\s+then\s+put\b|\b(?:main|substantive|original)\s+motion\b")


class _Votes:
    """The votes read so far, indexed by start: every "is there a vote at this point"
    question looks only at votes that can reach the point (a start no further back than
    the longest vote), not at every vote of the paper."""

    def __init__(self, paper: Paper):
        self.paper = paper
        self.votes: list[Vote] = []
        self._keys: list[tuple[int, int]] = []    # (start, insertion index), sorted
        self._key_of: dict[int, tuple[int, int]] = {}
        self._span = 0                             # longest vote yet (spans only grow)

    def touch(self, v: Vote) -> None:
        """After a vote's span changed (merged with a later match)."""
        key = self._key_of[id(v)]
        if key[0] != v.start:
            del self._keys[bisect.bisect_left(self._keys, key)]
            key = (v.start, key[1])
            bisect.insort(self._keys, key)
            self._key_of[id(v)] = key
        self._span = max(self._span, v.end - v.start)

    def starting(self, lo: int, hi: int) -> list[Vote]:
        """Votes whose start lies in [lo, hi], in the order they were added."""
        i = bisect.bisect_left(self._keys, (lo, -1))
        j = bisect.bisect_right(self._keys, (hi, len(self.votes)))
        return [self.votes[k] for _, k in sorted(self._keys[i:j], key=lambda key: key[1])]

    def reaching(self, pos: int, slack: int = 0) -> list[Vote]:
        """Every vote that may hold `pos` (v.start <= pos <= v.end + slack), in order added."""
        return self.starting(pos - self._span - max(0, slack), pos)

    def near(self, start: int, end: int, gap: int = 160) -> Vote | None:
        """A vote already recorded for the same event (same sentence or just before)."""
        lo = start - gap - self._span
        for v in reversed(self.starting(lo, max(start + gap, end))):
            if (v.end < start and _PUT_NEXT.search(self.paper.text, v.end, start)
                    or end < v.start and _PUT_NEXT.search(self.paper.text, end, v.start)):
                continue   # "DEFEATED (3 in favour, 5 opposed). The main motion was then put. CARRIED": two votes
            if v.start - gap <= start <= v.end + gap or start <= v.start <= end:
                if self._same_sentence(v.start, start) or abs(v.end - start) < gap:
                    return v
        return None

    def overlapping(self, lo: int, hi: int) -> bool:
        """Some vote already read reaches into [lo, hi]."""
        return any(v.end >= lo for v in self.starting(lo - self._span, hi))

    def holding(self, pos: int, slack: int = 0) -> list[Vote]:
        """The votes already read that hold `pos` (or end within `slack` characters before it), in order added."""
        return [v for v in self.reaching(pos, slack) if v.start <= pos <= v.end + slack]

    def held_at(self, pos: int, slack: int = 0) -> bool:
        """Inside a vote already read (or within `slack` characters after its end)."""
        return bool(self.holding(pos, slack))

    def counted_at(self, pos: int) -> bool:
        """Inside a vote already read with its counts."""
        return any(v.start <= pos < v.end for v in self.reaching(pos) if v.for_ is not None)

    def _same_sentence(self, a: int, b: int) -> bool:
        s, e = sentence_bounds(self.paper.text, a, limit=400)
        return s <= b <= e + 2

    def add(self, start: int, end: int, **fields) -> Vote:
        v = Vote(start=start, end=end, page=page_of(self.paper, start), text=self.paper.text[start:end], **fields)
        key = (start, len(self.votes))
        self.votes.append(v)
        bisect.insort(self._keys, key)
        self._key_of[id(v)] = key
        self._span = max(self._span, end - start)
        return v


def _merge(out: _Votes, v: Vote, start: int, end: int, **fields) -> None:
    for k, val in fields.items():
        if val is not None and getattr(v, k) is None:
            setattr(v, k, val)
    v.start, v.end = min(v.start, start), max(v.end, end)
    out.touch(v)


def _count_names(block: str) -> int:
    block = re.sub(r"\((?:[A-Z]|[A-Z]\.?)\)", "", block)            # "Collins (B)"
    block = re.sub(r"(?i)\b(?:councill?ors?|cllrs?\.?|crs?|trustees?|members?|commissioners?|directors?|mr|mrs|ms|dr)\b\.?", "", block)
    parts = [p for p in re.split(r",|;|\band\b|\n", block) if re.search(r"[A-Za-z]{2,}", p)]
    return len(parts)


# an outcome or a tally between two name lists: they belong to two votes ("In favour: A, B\n\nThe main
# motion was then put.\n**CARRIED** (6 in favour, 2 opposed)\nOpposed: C, D")
# (an outcome line alone between them is the vote's own: "IN FAVOUR: ...\nRD 2026-048 CARRIED\nOPPOSED: ...")
_NEXT_VOTE = re.compile(r"\b(?:put\s+to\s+the\s+vote|was\s+then\s+put)\b|\d{1,3}\s+in\s+favou?r\b")


def _recorded(paper: Paper, out: _Votes) -> None:
    """Recorded votes: names listed For / Against / Abstain, with any printed totals."""
    text = paper.text
    heads = sorted([(m.start(), m.end(), "for") for m in FOR_HEAD.finditer(text)]
                   + [(m.start(), m.end(), "against") for m in AGAINST_HEAD.finditer(text)]
                   + [(m.start(), m.end(), "abstain") for m in ABSTAIN_HEAD.finditer(text)])
    i = 0
    while i < len(heads):
        # a list opens with its "For" names; "No: ... / Abstain: ..." with nobody for opens with "No"
        opens = heads[i][2] == "for" or (heads[i][2] == "against" and i + 1 < len(heads) and heads[i + 1][2] == "abstain"
                                         and heads[i + 1][0] - heads[i][1] < 600)
        if not opens:
            i += 1
            continue
        group = [heads[i]]
        j = i + 1
        while (j < len(heads) and heads[j][2] != "for" and heads[j][0] - group[-1][1] < 1500
               and heads[j][2] not in {g[2] for g in group}
               and not _NEXT_VOTE.search(text, group[-1][1], heads[j][0])):   # not the names of the next motion's vote
            group.append(heads[j])
            j += 1
        if re.search(r"\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*\(\s*$", text[max(0, group[0][0] - 40):group[0][0]]):
            i = j   # "motion carried 5-1-1 (Noes: Ventresca; Abstain: Castellanos)": who cast the tally's votes
            continue
        if len(group) < 2:
            # "In favor: Bourke, Byrne, Davis, and Morgan. None opposed.": a list For, and nobody against
            after_list = _block_end(text, group[0][1], inline=True)
            none = NONE_AGAINST.match(text, after_list, after_list + 80) if group[0][2] == "for" else None
            if none:
                n = _count_names(text[group[0][1]:after_list])
                if n:
                    out.add(group[0][0], none.end(), for_=n, against=0, result="carried")
            i += 1
            continue
        counts, warnings = {}, []
        end = group[-1][1]
        for k, (s, e, kind) in enumerate(group):
            inline = bool(text[e:line_end(text, e, min(len(text), e + 400))].strip())  # names on the head's line
            own_end = _block_end(text, e, inline=inline)
            stop = min(group[k + 1][0], own_end) if k + 1 < len(group) else own_end
            block = text[e:stop]
            stated = (re.search(r"\((\d{1,3})\)\s*$", block.strip()) or re.fullmatch(r"\s*\(?(\d{1,3})\)?\s*", block)
                      or re.search(r"\((\d{1,3})\)", text[s:e]))     # "For (16)<tab>Cllrs. ...": the total in the head
            names = re.sub(r"\(\d{1,3}\)\s*$", "", block.strip())
            counted = 0 if NOBODY.match(names) else _count_names(names)
            if stated:
                counts[kind] = int(stated.group(1))
                if counted and counted != counts[kind]:
                    warnings.append(f"{kind}: {counted} names listed but total printed as {counts[kind]}")
            else:
                counts[kind] = counted
            end = max(end, stop)
        after = text[end:end + 300]
        if "against" not in counts and "abstain" in counts:
            counts["against"] = 0   # "Yes: ... / Abstain: ...": a roll call that got to abstentions had no noes
        if "for" not in counts:
            counts["for"] = 0       # "No: ... / Abstain: ...": nobody voted for
        if "abstain" not in counts and re.match(r"(?is)\s*(?:there\s+were\s+no\s+abstentions|no\s+abstentions|abstentions?\s*:?\s*(?:none|nil|0))", after):
            counts["abstain"] = 0
        res = re.search(rf"(?i)\b(?:was|were|is|motion|amendment|proposal|resolution)\s+(?:\w+\s+)?(?P<r>{OUTCOME_WORDS})\b"
                        rf"|^\s*(?P<r2>CARRIED|LOST|DEFEATED|Carried|Lost|Defeated)\b", after)
        result = _result(res["r"] or res["r2"]) if res else None
        begin = group[0][0]
        if not res:   # "The motion was put and carried.\n\nVoting for the motion: ...": the outcome stated first
            said = list(re.finditer(rf"(?i)\b(?:motion|amendment|proposal|resolution)\s+was\s+(?:put\s+and\s+)?(?P<r>{OUTCOME_WORDS})\b[ \t.(]*\s*$",
                                    text[max(0, begin - 200):begin]))
            if said:
                result, begin = _result(said[-1]["r"]), max(0, begin - 200) + said[-1].start()
        v = out.add(begin, end, for_=counts.get("for"), against=counts.get("against"),
                    abstain=counts.get("abstain"), result=result, warnings=warnings)
        if res:
            v.end = end + res.end()
            out.touch(v)
        i = j


def _block_end(text: str, pos: int, inline: bool = False) -> int:
    """End of a name list: a blank line after a printed total, or two blank lines;
    a list written in a sentence ("Ayes – A, B; Noes – C") ends at its clause."""
    if inline:   # to the clause's end, or the line's end unless the line runs on after a comma
        m = re.compile(r"[.;](?=\s)|\n[ \t]*\n|(?<![,\s])(?<!\sand)[ \t]*\n").search(text, pos, pos + 600)   # "... Kowalchuk and\nMacInnes" runs on
        return m.start() if m else min(len(text), pos + 600)
    total = re.compile(r"\(\d{1,3}\)").search(text, pos, pos + 1500)
    para = re.compile(r"\n[ \t]*\n[ \t]*\n|\n[ \t]*\n(?=[ \t]*(?:There|The|It|This|A|An|On|Following)\s)").search(text, pos, pos + 1500)
    ends = [m.end() if m is total else m.start() for m in (total, para) if m]
    return min(ends) if ends else min(len(text), pos + 1500)


def _tabled(paper: Paper, out: _Votes) -> None:
    """Rows of a table of motions: the outcome cell ("Accepted unanimously", "Passed by show of
    hands, 1 against.", "Carried 7-2") is the vote on the row's motion."""
    text = paper.text
    for row in motion_tables.motion_rows(text):
        cell = row.outcome
        word = re.search(rf"(?i)\b(?P<w>{OUTCOME_WORDS}|accepted|resolved|endorsed|supported)\b", cell)
        result = _result(word["w"]) if word else None
        dash = re.search(r"(?<![\d/-])(?P<f>\d{1,3})\s*[-–]\s*(?P<a>\d{1,3})(?:\s*[-–]\s*(?P<ab>\d{1,3}))?(?![\d/-])", cell)
        f_m = re.search(rf"(?i)\b(?P<n>{N})\s+(?:in\s+favou?r|for)\b", cell)
        f = _num(f_m["n"]) if f_m else None
        a_m = re.search(rf"(?i)\b(?P<n>{N}|none)\s+(?:against|opposed)\b", cell)
        a = _num(a_m["n"]) if a_m else None
        ab_m = re.search(rf"(?i)\b(?P<n>{N})\s+(?:abstentions?|abstained|abstaining)\b", cell)
        ab = _num(ab_m["n"]) if ab_m else None
        if dash:
            f, a = int(dash["f"]), int(dash["a"])
            ab = int(dash["ab"]) if dash["ab"] else ab
        unanimous = True if re.search(r"(?i)\bunanimous|\bnem\.?\s*con|\bby\s+all\b", cell) and not a else None
        if result is None and f is None and a is None and not unanimous:
            continue          # "Lapsed. No one called for the motion.": no vote was taken
        v = out.add(row.outcome_start, row.outcome_end, for_=f, against=a, abstain=ab, unanimous=unanimous,
                    result=result or ("carried" if unanimous else None))
        v.motion = squash(row.motion)


# a tally laid out as a table: a head row naming the columns ("| For | Against | Abstentions |", or tab-
# or space-separated), perhaps a rule row, then one row of counts
TALLY_HEAD = re.compile(r"(?im)^[ \t|]*(?:for|in\s+favou?r|ayes?|yes)[ \t]*(?:\||\t|[ ]{2,})[ \t|]*(?:against|noes?|nays?|opposed)[ \t]*"
                        r"(?:(?:\||\t|[ ]{2,})[ \t|]*(?P<ab>abstentions?|abstain(?:ed)?)[ \t]*)?\|?[ \t]*\n"
                        r"(?:[ \t]*\n)?(?:[ \t]*\|?[ \t:|-]*-{3}[ \t:|-]*\n)?(?:[ \t]*\n)?"   # the reader puts a blank line between a table's rows
                        r"[ \t|]*(?P<f>\d{1,4})[ \t]*(?:\||\t|[ ]{2,})[ \t|]*(?P<a>\d{1,4})[ \t]*(?:(?:\||\t|[ ]{2,})[ \t|]*(?P<n>\d{1,4})[ \t]*)?\|?[ \t]*$")


def _tally_table(paper: Paper, out: _Votes) -> None:
    """A vote's counts in a small table under the column names (an AGM's special resolution)."""
    for m in TALLY_HEAD.finditer(paper.text):
        if out.counted_at(m.start("f")):
            continue
        ab = int(m["n"]) if m["n"] and m["ab"] else None
        out.add(m.start("f"), m.end(), for_=int(m["f"]), against=int(m["a"]), abstain=ab)


def _grouped(paper: Paper, out: _Votes) -> None:
    """Votes reported per group in one sentence: "in the City there was 1 abstention, ..."."""
    text = paper.text
    for m in re.finditer(r"(?i)\babstain(?:ed|ing)?\b|\babstentions?\b|\bunanimously\b", text):
        s, e = sentence_bounds(text, m.start(), limit=800)
        if out.held_at(m.start()):
            continue
        sent = text[s:e]
        segs = re.split(r"(?i);\s*|,\s*(?:and\s+)?(?=in\s+the\s+[A-Z])|,\s+and\s+(?=the\s+[A-Z])", sent)
        if len(segs) < 2 or not re.search(r"\b(?i:in\s+the)\s+[A-Z]", sent) or EXAMPLE.search(sent):
            continue   # groups are named places ("in the South West"), not "in the form"
        pos = s
        for seg in segs:
            seg_start = text.find(seg, pos)
            pos = seg_start + len(seg)
            g = re.search(r"(?:^|\b(?:in|the)\s+)(?:the\s+)?(?P<g>[A-Z][A-Za-z]+(?:(?:\s+|,\s*|\s+and\s+)[A-Z][A-Za-z]+)*)", seg)
            ab = re.search(rf"(?i)\b(?P<n>{N})\s+(?:\w+\s+)?(?:abstained|abstentions?)\b", seg)
            fo = re.search(rf"(?i)\b(?P<n>{N})\s+(?:\w+\s+)?(?:approved|supported|voted\s+(?:for|in\s+favou?r))\b", seg)
            ag = re.search(rf"(?i)\b(?P<n>{N})\s+(?:\w+\s+)?(?:opposed|voted\s+against|against)\b", seg)
            unan = re.search(r"(?i)\bunanimously\b", seg)
            if not (ab or fo or ag or unan):
                continue
            counts = dict(for_=_num(fo["n"]) if fo else None, against=_num(ag["n"]) if ag else None,
                          abstain=_num(ab["n"]) if ab else None)
            unanimous = bool(unan) and not (counts["against"] or counts["abstain"])
            out.add(seg_start, seg_start + len(seg.rstrip(" .,")), unanimous=unanimous,
                    result="carried" if unan or (counts["for_"] or 0) > (counts["against"] or 0) else None,
                    group=g["g"] if g else None, **counts)


def _motion(text: str, start: int) -> str | None:
    """The motion a vote decides: an id, or the clause moved, just before it."""
    before = text[max(0, start - 700):start]
    para_start = max(before.rfind("\n\n"), 0)
    ids = list(MOTION_ID.finditer(before))
    if ids and ids[-1].start() >= para_start - 200:
        return ids[-1].group()
    m = list(re.finditer(r"(?i)\b(?:moved|motion\s+by[^,]*,\s*seconded\s+by[^,]*,)\s+(?:that\s+|to\s+)?(?P<m>[^.;\n]{5,140})", before))
    if m:
        return squash(m[-1]["m"])
    m = list(re.finditer(r"(?m)^[ \t]*(?:THAT|That)\s+(?P<m>[^\n]{5,120})", before))
    if m:
        return squash(m[-1]["m"])
    return None


def _check(text: str, v: Vote, present_at: list[int] | None = None) -> None:
    if v.unanimous and (v.against or 0) > 0:
        v.warnings.append(f"recorded as unanimous but {v.against} voted against")
    if v.for_ is not None and v.against is not None and v.result:
        implied = "carried" if v.for_ > v.against else "lost" if v.for_ < v.against else None
        if implied and implied != v.result:
            v.warnings.append(f"result '{v.result}' but the tally {v.for_}-{v.against} implies '{implied}'")
    lo = max(0, v.start - 3000)
    if present_at is not None:   # no "present" in the window: the search below cannot match
        i = bisect.bisect_left(present_at, lo)
        if i == len(present_at) or present_at[i] + 7 > v.start:
            return
    present = re.search(rf"(?i)\b(?P<n>{N})\s+(?:members|councillors|trustees|directors)\s+(?:were\s+)?present\b",
                        text[lo:v.start])
    if present and _num(present["n"]) is not None:
        total = sum(x or 0 for x in (v.for_, v.against, v.abstain))
        if total > _num(present["n"]):
            v.warnings.append(f"{total} votes cast but {present['n']} members present")


def extract(paper: Paper, ctx: Context) -> list[Vote]:
    text = paper.text
    out = _Votes(paper)
    _recorded(paper, out)
    _tabled(paper, out)
    _grouped(paper, out)
    _tally_table(paper, out)

    for pat in (P_BY_VOTES, P_LABELLED, P_COUNTS, P_YEA_NAY, P_DASH, P_FOR_ABSTAIN):
        for m in pat.finditer(text):
            if out.counted_at(m.start()):
                continue
            if EXAMPLE.search(text[max(0, m.start() - 60):m.start()]):
                continue   # 'e.g. "5-1-2" means "5 in favor, 1 opposed, and 2 abstentions"': how tallies are written
            gd = m.groupdict()
            if gd.get("f2") and pat is P_COUNTS:   # "passed with 13 in favor (names)": no count against
                gd = dict(gd, f=gd["f2"], a=None, res="carried")
            elif gd.get("f2"):
                gd = dict(gd, f=gd["f2"], a=gd["a2"], res=gd["res2"])
            f = _num(gd["f"])
            a = _num(gd.get("a"))
            if f is None or (a is None and gd.get("a") is not None) or (pat is P_DASH and f + (a or 0) == 0):
                continue
            res = _result(gd.get("res")) or ("carried" if pat is P_FOR_ABSTAIN and f else None)   # none against
            if pat is P_DASH and gd["res"].lower().startswith(("vote", "motion")) and not re.search(r"[-–]", m.group()):
                continue
            if pat is P_DASH and gd.get("f") and _STATUTE_BEFORE.search(text, max(0, m.start("f") - 14), m.start("f")):
                continue   # "approved in accordance with SDCL 11-3-6": a statute's section, not a tally
            ab = gd.get("ab") or gd.get("ab3")
            fields = dict(for_=f, against=a, abstain=_num(ab) if ab else None, result=res)
            v = out.near(m.start(), m.end())
            if v is not None and v.for_ is None:
                _merge(out, v, m.start(), m.end(), **fields)
            else:
                out.add(m.start(), m.end(), **fields)

    for m in P_WITH_MINORITY.finditer(text):
        if out.counted_at(m.start()):
            continue
        ab = m["ab"] or m["ab2"]
        fields = dict(against=_num(m["a"]), abstain=_num(ab) if ab else None, result=_result(m["res"]))
        v = out.near(m.start(), m.end(), gap=60)
        if v is not None and v.for_ is None and v.against is None:
            _merge(out, v, m.start(), m.end(), **fields)
        else:
            out.add(m.start(), m.end(), **fields)

    for m in P_NAME_VOTES.finditer(text):
        if out.counted_at(m.start()):
            continue
        words = [u["v"].lower() for u in _NAME_VOTE_RE.finditer(m.group())]
        ayes = sum(1 for w in words if w in ("aye", "yea", "yes", "i"))
        abstains = sum(1 for w in words if w.startswith("abstain"))
        nays = len(words) - ayes - abstains
        end = m.start() + len(m.group().rstrip(" ,;."))
        fields = dict(for_=ayes, against=nays, abstain=abstains if abstains else None,
                      unanimous=True if nays == 0 and not abstains else None,   # everyone named voted aye
                      result="carried" if ayes > nays else "lost" if nays > ayes else None)
        v = out.near(m.start(), end)
        if v is not None and (v.for_ is None or (v.for_, v.against) == (ayes, nays)):
            _merge(out, v, m.start(), end, **fields)   # the roll call of a tally printed beside it: one vote
        else:
            out.add(m.start(), end, **fields)

    for m in P_FAVOUR.finditer(text):
        if any(v.start <= m.start() < v.end for v in out.reaching(m.start())):
            continue
        rest = m["rest"]
        ab = re.search(rf"(?i)\b(?P<n>{N}|no)\s+(?:members?\s+|councill?ors?\s+)?(?:abstained|abstentions?|abstaining)\b", rest)
        ag = re.search(rf"(?i)\b(?P<n>{N}|none)\s+(?:were\s+|was\s+|voted\s+)?against\b", rest)
        before_ab = re.search(rf"(?i)\b(?P<n>{N})\s+(?:members?\s+)?abstained\b[^.;()\n]{{0,40}}$", text[max(0, m.start() - 60):m.start()])
        every = m["f"].lower() == "all"
        fields = dict(for_=None if every else _num(m["f"]), against=_num(ag["n"]) if ag else None,
                      abstain=_num(ab["n"]) if ab else (_num(before_ab["n"]) if before_ab else None), result="carried")
        if every and fields["against"] is None:
            fields["unanimous"] = True
        out.add(m.start(), m.start() + len(m.group().rstrip(" ,")), **fields)

    for m in P_FEW_FOR.finditer(text):
        if not out.counted_at(m.start()) and not out.counted_at(m.start("f")):   # "lost with 4 Members voting for and 9 against": counted
            v = out.near(m.start(), m.end(), gap=60)
            if v is not None and v.for_ is None:
                _merge(out, v, m.start(), m.end(), for_=_num(m["f"]), result="lost")
            else:
                out.add(m.start(), m.end(), for_=_num(m["f"]), result="lost")

    for m in P_ALL_AGREED.finditer(text):
        if not out.held_at(m.start()):
            out.add(m.start(), m.start() + len(m.group().rstrip(" .;\t")), unanimous=True, result="carried")

    for m in P_ROLL.finditer(text):
        f, a = int(m["f"]), int(m["a"]) if m["a"] else 0
        out.add(m.start(), m.end(), for_=f, against=a, unanimous=a == 0, result="carried" if f > a else "lost")

    for m in P_VOTED_FOR_THE.finditer(text):
        if not out.counted_at(m.start()):
            out.add(m.start(), m.end(), for_=_num(m["f"]), against=_num(m["a"]), abstain=_num(m["ab"]))

    for m in P_MOTION_AMENDMENT.finditer(text):
        if out.counted_at(m.start()):
            continue
        mo, am = _num(m["m"]), _num(m["a"])
        if mo is None or am is None or mo == am:
            continue
        out.add(m.start(), m.end(), for_=max(mo, am), against=min(mo, am), result="carried")

    for m in P_THERE_VOTED_FOR_AGAINST.finditer(text):
        if not out.counted_at(m.start()):
            out.add(m.start(), m.end(), for_=_num(m["f"]), against=_num(m["a"]), abstain=_num(m["ab"]))

    for pattern in (P_VOTED_FOR_EACH, P_THERE_VOTED):   # the motion against the amendment: the winner's count is "for"
        for m in pattern.finditer(text):
            n1, n2 = _num(m["n1"]), _num(m["n2"])
            if out.counted_at(m.start()) or n1 is None or n2 is None or n1 == n2:
                continue   # a tie is settled by a casting vote, read where the paper states it
            out.add(m.start(), m.end(), for_=max(n1, n2), against=min(n1, n2), abstain=_num(m["ab"]), result="carried")

    for m in P_UNANIMOUS_COUNT.finditer(text):
        if not out.counted_at(m.start()):
            out.add(m.start(), m.end(), for_=int(m["n"]), unanimous=True, result="carried")

    for m in P_SAID.finditer(text):
        if out.counted_at(m.start()):
            continue
        rest = m["rest"]
        ab = re.search(rf"(?i)\b(?P<n>{N})\s+(?:people|persons|members|voters)\s+abstain(?:ed|ing)?\b", rest)
        ag = re.search(rf"(?i)\b(?P<n>{N})\s+(?:people|persons|members|voters)\s+(?:said|voted)\s+(?:no|against)\b", rest)
        last = max((x.end() for x in (ab, ag) if x), default=0)   # the tally ends with its last count
        fields = dict(for_=_num(m["f"]), against=_num(ag["n"]) if ag else None, abstain=_num(ab["n"]) if ab else None)
        out.add(m.start(), m.start("rest") + last, **fields)

    for m in P_ON_PROPOSAL.finditer(text):
        if out.held_at(m.start(), 2) or out.near(m.start(), m.end(), gap=100):
            continue
        fell = re.search(r"(?i)\b(?:lost|defeated|fell|not\s+(?:agreed|carried))\b", m["rest"])
        out.add(m.start(), m.start("rest"), result="lost" if fell else "carried")

    for m in P_VOTED_BY.finditer(text):
        if FUTURE.search(text[max(0, m.start() - 30):m.start()]) or out.held_at(m.start(), 2):
            continue
        out.add(m.start(), m.end(), result="carried", unanimous=True if m["u"] else None)

    for pat in (P_SECONDED_AGREED, P_SHOW_OF_HANDS):
        for m in pat.finditer(text):
            if out.held_at(m.start(), 2):
                continue
            v = out.near(m.start(), m.end(), gap=100)
            if v is not None and v.result is None:
                _merge(out, v, m.start(), m.end(), result=_result(m["r"]))
            elif v is None:
                out.add(m.start(), m.end(), result=_result(m["r"]))

    for m in P_UNANIMOUS.finditer(text):
        if FUTURE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        held = out.holding(m.start())
        if held:
            untold = [v for v in held if v.unanimous is None and not v.against]
            if untold:   # "seconded by Cllr ap Ieuan, and RESOLVED unanimously": the vote read says how it went
                _merge(out, untold[-1], m.start(), m.end(), unanimous=True)
            continue
        nemcon = m.group().lower().startswith(("nem", "without", "no", "there"))
        v = out.near(m.start(), m.end())
        if v is not None and v.unanimous and m.group().startswith("(") and text[v.start:v.start + 1] == "(":
            v = None   # "(Unanimous)" after each of two resolutions: two votes
        fields = dict(unanimous=True, result="carried", against=0 if nemcon else None)
        if v is not None:
            _merge(out, v, m.start(), m.end(), **fields)
        else:
            out.add(m.start(), m.end(), **fields)

    for m in P_OUTCOME.finditer(text):
        word = m["r1"] or m["r2"] or m["r3"] or m["r4"] or m["r5"] or m["r6"] or m["r7"] or m["r8"]
        if m["r6"]:
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]     # the line before the outcome word
            if len(line.split()) > 12 or re.search(r"(?i)\b(?:was|were|be|been|is|are)\s*$", line):
                continue   # a sentence that ends "... was carried" is read by the motion shapes above
        if re.search(r"(?i)\b(?:if|whether|unless|once|when|should)\b[^.]{0,40}$", text[max(0, m.start() - 50):m.start()]):
            continue   # "if this proposal was approved": a condition, not an outcome
        if NOT_OUTCOME.match(text[m.end():m.end() + 20]) or FUTURE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        if out.held_at(m.start(), 2):
            continue
        v = out.near(m.start(), m.end(), gap=100)
        if re.search(r"(?i)\bdeclared\s+(?:that\s+)?(?:the\s+)?$", text[max(0, m.start() - 30):m.start()]):
            before = [x for x in out.reaching(m.start(), 400) if x.end <= m.start() and m.start() - x.end < 400]
            v = max(before, key=lambda x: x.end) if before else v   # "Chair declared the motion PASSED": the vote just recorded
        declared = v is not None and v.for_ is not None and v.result == _result(word)
        if v is not None and (v.result is None or declared):
            _merge(out, v, m.start(), m.end(), result=_result(word))
        elif m["r6"]:   # the line is the motion: "Rule 11 carried"
            motion_start = m.start() - len(line.lstrip())
            out.add(motion_start, m.end(), result=_result(word)).motion = squash(line)
        elif (v is None or m["r4"] or m["r5"] or v.result is not None and not (v.start - 60 <= m.start() <= v.end + 60)
              or v.result not in (None, _result(word))):
            # each labelled "Resolution: ..." is its own record; so is an outcome unlike the one just read ("The
            # amendment was put and LOST. The substantive motion was then put. CARRIED")
            out.add(m.start(), m.end(), result=_result(word))

    _movers(text, out)
    _dissenters(text, out)

    present_at = [m.start() for m in re.finditer(r"(?i)present", text)]
    for v in out.votes:
        if v.result is None and v.for_ is not None and v.against is not None and v.for_ != v.against:
            v.result = "carried" if v.for_ > v.against else "lost"
        if v.unanimous is None and not v.against and re.search(r"(?i)\bunanimous", text[v.start:v.end]):
            v.unanimous = True        # "The motion carried unanimously (9-0)"
        if v.unanimous is None and (v.against or v.abstain):
            v.unanimous = False
        elif v.unanimous is None and v.for_ and v.against == 0 and v.abstain in (0, None):
            v.unanimous = True        # "The motion carried 6-0": nobody voted against
        v.motion = v.motion or _motion(text, v.start)
        v.text = text[v.start:v.end]
        v.page = page_of(paper, v.start)   # a merge may have moved the start back onto the page before
        _check(text, v, present_at)
    out.votes.sort(key=lambda v: v.start)
    return cap_items(out.votes, "votes", text, ctx)


_LIST_GOES_ON = re.compile(r"(?:[:;,]|\b(?:and|or))[ \t]*$")


# who voted against a motion whose outcome carries no count: "CARRIED\nOPPOSED: Director Pennock" (a
# British Columbia board's minutes), "Iain Gillies dissenting", "Cllr Prydderch voted against"
OPPOSED_UNDER = re.compile(r"(?m)^[ \t*_]*(?:[A-Z]{1,4}[ \t]?\d{4}-\d{1,4}[ \t]+)?(?P<res>CARRIED|Carried|DEFEATED|Defeated|LOST|Lost)"
                           r"[ \t*_.]*\n[ \t]*(?:OPPOSED|Opposed|AGAINST|Against)[ \t]*:[ \t]*(?P<names>[^\n]{2,300})")
# "CARRIED" then "Councillor Brisbois opposed." (or ", Councillor X opposed" on the outcome's line): BC and Ontario minutes
OPPOSED_AFTER = re.compile(r"(?m)^[ \t*_]*(?P<res>CARRIED|Carried|DEFEATED|Defeated|LOST|Lost)[ \t*_]*(?:,[ \t]*|[.]?[ \t*_]*\n[ \t]*)"
                           r"(?P<names>(?:Mayor|Deputy[ \t]+Mayor|Reeve|Deputy[ \t]+Reeve|Councill?ors?|Directors?|Trustees?|Commissioners?|"
                           r"Cllrs?|Crs?)[ \t]+[A-Z][^\n]{0,200}?)[ \t]+(?:opposed|dissented|voted[ \t]+against)[ \t]*\.?[ \t]*$")
DISSENTER = re.compile(r"\b(?:(?:Cllr|Councill?or|Cr|Director|Trustee|Commissioner|Supervisor|Mr|Mrs|Ms|Dr)\.?[ \t]+)?"
                       r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+(?:dissenting|voted[ \t]+against)\b(?![ \t]+the[ \t]+(?:amendment|proposal))")


def _dissenters(text: str, out: _Votes) -> None:
    for m in [*OPPOSED_UNDER.finditer(text), *OPPOSED_AFTER.finditer(text)]:
        n = _count_names(m["names"])
        v = out.near(m.start(), m.end(), gap=40)
        if v is not None and v.against is None and v.for_ is None:
            _merge(out, v, m.start(), m.end(), against=n, unanimous=False)
        elif v is None:
            out.add(m.start(), m.end(), against=n, unanimous=False, result=_result(m["res"]))
    for m in DISSENTER.finditer(text):
        if out.counted_at(m.start()):
            continue
        v = out.near(m.start(), m.end())
        if v is not None and v.against is None and v.for_ is None and v.result != "lost":
            _merge(out, v, m.start(), m.end(), against=1, unanimous=False)


def _next_item(text: str, start: int, end: int) -> re.Match | None:
    """The next agenda item's heading, not a numbered part of the motion itself: a numbered line whose
    previous non-blank line ends in ':', ';', ',' or 'and' ("That Council: / 1. Adopts ...; and / 2. Notes")
    continues the motion."""
    for head in _ITEM_HEAD.finditer(text, start, end):
        before = text[max(start, head.start() - 200):head.start()].rstrip()
        previous_line = before[before.rfind("\n") + 1:]
        if not _LIST_GOES_ON.search(previous_line):
            return head
    return None


# agreement of everyone, stated just after the seconder
_ALL_IN_FAVOUR = re.compile(r"(?i)[ \t]*[,;.:-]?[ \t]*(?:and[ \t]+)?(?:all[ \t]+(?:(?:members|councill?ors|present)[ \t]+)?(?:were[ \t]+)?in[ \t]+favou?r|all[ \t]+agreed)\b")


def _movers(text: str, out: _Votes) -> None:
    """A resolution recorded with its mover and seconder and no outcome word ("It was RESOLVED that the
    payments be approved. / Proposed: Cllr Jenkins  Seconded: Cllr Harding") was carried: the UK and
    Australian clerk's shorthand. Where the item goes on to state its outcome or record a vote ("CARRIED
    6/1", "The motion was put and carried."), or says the motion fell, those are the record."""
    for m in P_PROPOSER_SECONDER.finditer(text):
        para_start = text.rfind("\n\n", max(0, m.start() - 300), m.start())
        para_start = para_start + 2 if para_start >= 0 else max(0, m.start() - 300)
        eol = line_end(text, m.end(), min(len(text), m.end() + 300))   # the rest of the line, within reach
        # the rest of the item: up to the next movers, the next item's heading, or 600 characters
        item_end = min(len(text), m.end() + 600)
        for stop in (P_PROPOSER_SECONDER.search(text, m.end(), item_end), _next_item(text, m.end(), item_end)):
            if stop:
                item_end = min(item_end, stop.start())
        if out.overlapping(para_start, item_end):
            continue   # the item's vote is already read
        rest = text[m.end():item_end]
        if _STATED.search(rest) or _FELL.search(text[para_start:m.start()] + " " + rest):
            continue
        if FUTURE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        everyone = _ALL_IN_FAVOUR.match(text, m.end(), eol)
        if everyone:   # "Proposed Cllr Jenkins, seconded Cllr Thomas; all in favour."
            out.add(m.start(), everyone.end(), result="carried", unanimous=True)
        elif _TAKEN.search(text[para_start:m.start()] + " " + text[m.end():eol]) or m.group().lower().startswith(("approved", "accepted")):
            out.add(m.start(), m.end(), result="carried")
