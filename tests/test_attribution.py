"""Attribution extraction: speakers, verbs, kinds and anonymity on real news sentences.

Sentences come from the bundled Ain al-Asad seeds (examples/ain-al-asad/), read through the
real ingest, clean and segment stages, unless written inline; the smoke test runs over the first
30 Multi-News validation clusters.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import pytest

from newsfuse.clean import clean_article
from newsfuse.extract.attribution import Attribution, attribution_for, find_attributions
from newsfuse.ingest import read_inputs
from newsfuse.models import Article, Sentence
from newsfuse.segment import split_sentences
from tests._data import SEEDS, multinews_documents


@cache
def _seeds() -> tuple[tuple[Article, tuple[Sentence, ...], tuple[Attribution, ...]], ...]:
    result = []
    for raw in read_inputs([str(SEEDS)]).articles:
        article = clean_article(raw)
        sentences = split_sentences(article)
        result.append((article, tuple(sentences), tuple(find_attributions(article, sentences))))
    return tuple(result)


def _seed(sentence_start: str) -> tuple[Sentence, list[Attribution], Attribution | None]:
    """The seed sentence starting with ``sentence_start``, its frames and its main frame."""
    for _, sentences, found in _seeds():
        for sentence in sentences:
            if sentence.text.startswith(sentence_start):
                frames = [a for a in found if a.sentence_index == sentence.index]
                return sentence, frames, attribution_for(found, sentence.index)
    raise AssertionError(f"no seed sentence starts with {sentence_start!r}")


def _inline(text: str) -> list[Attribution]:
    article = Article("a1", "a1.txt", text, text)
    return find_attributions(article, split_sentences(article))


def _assert_valid(article: Article, found: Sequence[Attribution]) -> None:
    for a in found:
        assert article.text[a.start : a.end] == a.text
        assert a.article_id == article.id and a.speaker and a.text.strip() == a.text
    assert [(a.sentence_index, a.start) for a in found] == sorted(
        (a.sentence_index, a.start) for a in found
    )
    mains: dict[int, int] = {}
    for a in found:
        mains[a.sentence_index] = mains.get(a.sentence_index, 0) + (not a.nested)
    assert all(count <= 1 for count in mains.values()), mains


# --------------------------------------------------------------------------- seed sentences

SEED_CASES = [
    # sentence start, cue text, speaker, verb, kind, anonymous
    (
        "Earlier on Wednesday, Operation Inherent Resolve",
        "Operation Inherent Resolve spokesman Col. Wayne Marotto said",
        "Col. Wayne Marotto",
        "say",
        "statement",
        False,
    ),
    (
        "A previously unknown group calling itself",
        'A previously unknown group calling itself "The brigades to avenge al-Muhandis," said',
        'A previously unknown group calling itself "The brigades to avenge al-Muhandis"',
        "say",
        "claim",  # a militant group announcing its own attack
        False,
    ),
    (
        "It added a message to US troops",
        "It added",
        'A previously unknown group calling itself "The brigades to avenge al-Muhandis"',
        "add",
        "claim",
        False,
    ),
    (
        "He first said three people were injured.",
        "He first said",
        "Wayne Marotto",  # the Marotto mention two sentences earlier in seed 002
        "say",
        "correction",
        False,
    ),
    (
        "U.S. officials, on condition of anonymity",
        "U.S. officials, on condition of anonymity, said",
        "U.S. officials",
        "say",
        "statement",
        True,
    ),
    (
        "One took the blow",
        "one of the officials added",
        "one of the officials",
        "add",
        "statement",
        True,
    ),
    (
        "Iraqi military sources said a rocket launcher fixed on the back",
        "Iraqi military sources said",
        "Iraqi military sources",
        "say",
        "statement",
        True,
    ),
    (
        "Two rockets were fired at the U.S. embassy",
        "Iraqi security sources told Reuters",
        "Iraqi security sources",
        "tell",
        "statement",
        True,
    ),
    (
        "The anti-embassy rocket system",
        "said one source – a security official in the Green Zone office",
        "one source",
        "say",
        "statement",
        True,
    ),
    (
        "Iran denies US allegations",
        "Iran denies",
        "Iran",
        "deny",
        "denial",
        False,
    ),
    (
        "Iran has denied attacks",
        "Iran has denied",
        "Iran",
        "deny",
        "denial",
        False,
    ),
    (
        "US Army Col. Wayne Marotto, the coalition spokesman",
        "US Army Col. Wayne Marotto, the coalition spokesman, said",
        "Col. Wayne Marotto",
        "say",
        "statement",
        False,
    ),
    (
        "While confirming the incident",
        "US Defense Department spokesperson Commander Jessica McNulty, on Wednesday, said",
        "Commander Jessica McNulty",
        "say",
        "statement",
        False,
    ),
    (
        "“At around 12:30 pm local time",
        "wrote US Army Colonel Wayne Marotto, Spokesman for Operation Inherent Resolve, "
        "in a statement Wednesday",
        "Colonel Wayne Marotto",
        "write",
        "statement",
        False,
    ),
    (
        "“Once again, the enemies of Iraq",
        "Iraqi Ministry of Defense spokesperson Yehia Rasool tweeted",
        "Yehia Rasool",
        "tweet",
        "statement",
        False,
    ),
    (
        "“Each attack against the coalition",
        "Col. Marotto said in a Twitter post",
        "Col. Marotto",
        "say",
        "statement",
        False,
    ),
    (
        "Late Tuesday, the counter-terrorism unit",
        "the counter-terrorism unit in Iraq’s northern Kurdish-run region reported",
        "the counter-terrorism unit in Iraq’s northern Kurdish-run region",
        "report",
        "report",
        False,
    ),
    (
        "“Our frontline forces against Daesh",
        "the Kurdish-led Syrian Democratic Forces said",
        "the Kurdish-led Syrian Democratic Forces",
        "say",
        "statement",
        False,
    ),
    (
        "They said initial reports indicated",
        "They said",
        "the Kurdish-led Syrian Democratic Forces",  # "They" after the SDF's statement
        "say",
        "statement",
        False,
    ),
    (
        "The Syrian Observatory for Human Rights, a Britain-based",
        "The Syrian Observatory for Human Rights, a Britain-based war monitor with sources "
        "inside Syria, said",
        "The Syrian Observatory for Human Rights",
        "say",
        "statement",
        False,
    ),
    (
        "Abu Alaa Al-Walae, commander",
        "Abu Alaa Al-Walae, commander of Kataib Sayyid Al-Shuhada said",
        "Abu Alaa Al-Walae",
        "say",
        "statement",
        False,
    ),
    (
        "The United States told the UN Security Council",
        "The United States told the UN Security Council",
        "The United States",
        "tell",
        "statement",
        False,
    ),
    (
        "A second attack Wednesday",
        "officials said",
        "officials",
        "say",
        "statement",
        True,
    ),
]


@pytest.mark.parametrize(("start", "cue", "speaker", "verb", "kind", "anonymous"), SEED_CASES)
def test_seed_main_attribution(
    start: str, cue: str, speaker: str, verb: str, kind: str, anonymous: bool
) -> None:
    _, _, main = _seed(start)
    assert main is not None
    assert (main.text, main.speaker, main.verb, main.kind, main.anonymous) == (
        cue,
        speaker,
        verb,
        kind,
        anonymous,
    )
    assert not main.nested


def test_nested_claim_inside_an_analysts_statement() -> None:
    """Badawi's statement is the main frame; the group's claim inside it is nested."""
    _, frames, main = _seed("Tamar Badawi, a security analyst")
    assert main is not None and main.speaker == "Tamar Badawi" and main.kind == "statement"
    assert main.text == "Tamar Badawi, a security analyst based in Turkey, said"
    [inner] = [a for a in frames if a.nested]
    assert (
        inner.text
        == "an insurgent group calling itself “Tha’ar al-Muhandis,” has claimed responsibility"
    )
    assert inner.kind == "claim" and inner.speaker.startswith("an insurgent group calling itself")


def test_pronoun_and_participle_claim() -> None:
    """ "He said the group ..., claiming 30 rockets": He is Badawi; the group claims."""
    _, frames, main = _seed("He said the group has been posting")
    assert main is not None and main.speaker == "Tamar Badawi" and main.text == "He said"
    [claiming] = [a for a in frames if a.nested]
    assert (claiming.text, claiming.speaker, claiming.kind) == ("claiming", "the group", "claim")


def test_quote_then_frame_then_nested_frame() -> None:
    _, frames, main = _seed("“We reiterate to the brute")
    assert main is not None and main.text == "Mr. Badawi said"
    assert [a.text for a in frames if a.nested] == ["they wrote"]


def test_a_name_right_after_a_verb_after_a_comma_speaks() -> None:
    """Timeline17: "Farther east, in al-Baida, ... in recent days, said Mohamed Abdallah of the
    opposition" had been said by "Farther east"; a subject before the verb still speaks."""
    [frame] = _inline(
        "Farther east, in al-Baida, thousands of people showed up to bury 13 protesters killed "
        "in clashes in recent days, said Mohamed Abdallah of the opposition National Front."
    )
    assert frame.speaker == "Mohamed Abdallah of the opposition National Front"
    [frame] = _inline("The rockets hit the base, the coalition said Monday.")
    assert frame.speaker == "the coalition"
    [frame] = _inline("Wayne Marotto, a spokesman, said the rockets hit the base.")
    assert frame.speaker == "Wayne Marotto"


def test_relative_clause_is_nested_and_unresolved() -> None:
    _, frames, main = _seed("The shelling came after the US launched airstrikes")
    assert [(a.text, a.speaker, a.nested) for a in frames] == [("it said", "it", True)]
    assert main is frames[0]  # the only frame is still returned for the sentence


def test_no_frames_in_quotes_or_passives() -> None:
    for start in (
        "“It seems to me that they have a green light",  # quoted speech
        "While responsibility for the attacks was not immediately claimed",  # passive
        "There were no direct statements of responsibility",
        "The group is named after Iraqi militia leader",
    ):
        _, frames, main = _seed(start)
        assert frames == [] and main is None, start


def test_all_seed_offsets_exact_and_one_main_per_sentence() -> None:
    total = 0
    for article, _, found in _seeds():
        _assert_valid(article, found)
        total += len(found)
    assert total >= 45


# --------------------------------------------------------------------------- inline cases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the Pentagon, 14 rockets hit.",
            ("According to the Pentagon", "the Pentagon", "according to", "statement", False),
        ),
        (
            "Two soldiers died, according to state media reports.",
            (
                "according to state media reports",
                "state media reports",
                "according to",
                "report",
                False,
            ),
        ),
        (
            "It was presented this month, according to multiple sources.",
            (
                "according to multiple sources",
                "multiple sources",
                "according to",
                "statement",
                True,
            ),
        ),
        (
            "An official who spoke on condition of anonymity said the talks failed.",
            (
                "An official who spoke on condition of anonymity said",
                "An official",
                "say",
                "statement",
                True,
            ),
        ),
        (
            "Officials who declined to be named said the talks failed.",
            ("Officials who declined to be named said", "Officials", "say", "statement", True),
        ),
        (
            "In a statement, the ministry said the talks failed.",
            ("the ministry said", "the ministry", "say", "statement", False),
        ),
        (
            "The ministry later revised the toll to 12.",
            ("The ministry later revised", "The ministry", "revise", "correction", False),
        ),
        (
            "Police initially said two people died.",
            ("Police initially said", "Police", "say", "correction", False),
        ),
        (
            "The Taliban claimed responsibility for the blast.",
            ("The Taliban claimed responsibility", "The Taliban", "claim", "claim", False),
        ),
        (
            "The government rejected the accusation.",
            ("The government rejected", "The government", "reject", "denial", False),
        ),
        (
            "The Washington Post reported that talks had stalled.",
            ("The Washington Post reported", "The Washington Post", "report", "report", False),
        ),
        (
            '"We are ready," said Sen. Mike Lee (R-Utah).',
            ("said Sen. Mike Lee (R-Utah)", "Sen. Mike Lee (R-Utah)", "say", "statement", False),
        ),
        (
            '"Stephen is honored," says his publicist, Carrie Byalick.',
            ("says his publicist, Carrie Byalick", "Carrie Byalick", "say", "statement", False),
        ),
        (
            "Kushner's lawyer, Jamie Gorelick, told NBC News he would cooperate.",
            ("Jamie Gorelick, told NBC News", "Jamie Gorelick", "tell", "statement", False),
        ),
    ],
)
def test_inline_patterns(text: str, expected: tuple[str, str, str, str, bool]) -> None:
    found = _inline(text)
    main = attribution_for(found, 0)
    assert main is not None, found
    assert (main.text, main.speaker, main.verb, main.kind, main.anonymous) == expected


@pytest.mark.parametrize(
    "text",
    [
        "That said, the deal could hurt Sprint.",
        "The work went according to plan.",
        "Officials did not confirm the report.",
        "No damage was reported.",
        "The so-called caliphate collapsed in 2019.",
        "The group's claims could not be verified.",
        "The reported attack took place at dawn.",
        "Three were first reported by NBC News.",
        "The move added to tensions.",
        "“We will never leave,” the crowd chanted.",
        "The other states that helped draw up the guidelines were Delaware and Georgia.",
    ],
)
def test_not_attributions(text: str) -> None:
    assert _inline(text) == []


def test_he_stays_unresolved_without_a_named_person() -> None:
    [a] = _inline("He said the talks failed.")
    assert a.speaker == "He"


def test_she_resolves_to_the_last_person_speaker() -> None:
    found = _inline(
        "The ministry said talks failed. Dr. Jane Roe said they would resume. She added more."
    )
    assert [a.speaker for a in found] == ["The ministry", "Dr. Jane Roe", "Dr. Jane Roe"]


def test_attribution_for_without_frames() -> None:
    assert attribution_for([], 0) is None
    assert attribution_for(_inline("Rockets fell. Officials said two died."), 0) is None


def test_empty_article() -> None:
    assert _inline("") == []


# --------------------------------------------------------------------------- Multi-News smoke


@pytest.mark.data
def test_first_30_multinews_clusters_offsets_valid() -> None:
    found = 0
    for index, document in enumerate(multinews_documents(30)):
        article = clean_article(Article(f"mn{index}", f"mn{index}", document, document))
        attributions = find_attributions(article, split_sentences(article))
        _assert_valid(article, attributions)
        found += len(attributions)
    assert found > 200
