import datetime as dt

from hypothesis import given, strategies as st

from policyevents.extract.dates import find_dates
from policyevents.extract.segment import split_sentences

PUB = dt.date(2025, 2, 3)  # a Monday


def test_sentence_rules():
    body = ("Headline without a full stop\n\nThe U.S. Secretary met Dr. Jane Roe on Monday. She left.\n"
            "Guests such as\nJohn Smith Jr. and Ann Lee came. \"We agree.\" He said so.")
    texts = [s.text for s in split_sentences(body)]
    assert texts == [
        "Headline without a full stop",
        "The U.S. Secretary met Dr. Jane Roe on Monday.",
        "She left.",
        "Guests such as\nJohn Smith Jr. and Ann Lee came.",
        "\"We agree.\"",
        "He said so.",
    ]


def test_headline_line_is_its_own_sentence_even_without_punctuation():
    body = "Ministers agree on new border rules as talks resume\nThe ministers met in Geneva on Monday.\nThey spoke for\nan hour."
    texts = [s.text for s in split_sentences(body)]
    assert texts == ["Ministers agree on new border rules as talks resume", "The ministers met in Geneva on Monday.",
                     "They spoke for\nan hour."]


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=400))
def test_sentences_are_exact_ordered_slices(body):
    sents = split_sentences(body)
    last = 0
    for i, s in enumerate(sents, 1):
        assert s.index == i
        assert body[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
        assert s.start >= last
        last = s.end


def _one(text, future=False):
    found = [d for d in find_dates(text, PUB, future) if d.date]
    assert len(found) == 1, found
    return found[0].date, found[0].precision


def test_relative_dates_resolve_against_publication():
    assert _one("arrived on Monday") == (PUB, "day")
    assert _one("met on Friday") == (dt.date(2025, 1, 31), "day")
    assert _one("will meet on Friday", future=True) == (dt.date(2025, 2, 7), "day")
    assert _one("talks last week") == (dt.date(2025, 1, 27), "week")
    assert _one("over the weekend") == (dt.date(2025, 1, 27), "week")
    assert _one("re-elected last year") == (dt.date(2024, 1, 1), "year")
    assert _one("declared in March 2022") == (dt.date(2022, 3, 1), "month")
    assert _one("a decade ago") == (dt.date(2015, 1, 1), "year")
    assert _one("signed on March 3, 2021") == (dt.date(2021, 3, 3), "day")
    assert _one("last month") == (dt.date(2025, 1, 1), "month")


def test_modal_may_is_not_a_date():
    assert find_dates("Rubio may propose a deal", PUB) == []


def test_a_dates_tense_is_read_from_its_own_clause():
    # PUB is Monday 2025-02-03: the sentence speaks of the future elsewhere, the date's clause is past
    assert _one("Talks that opened on Friday are expected to last two days", future=True) == (dt.date(2025, 1, 31), "day")
    assert _one("The two sides agreed in January to a plan, but will only sign it later", future=True) == (dt.date(2025, 1, 1), "month")
    # a modal in the date's clause speaks of the future even when the sentence has no future marker
    assert _one("She said she could meet her counterpart at a regional meeting in July") == (dt.date(2025, 7, 1), "month")
