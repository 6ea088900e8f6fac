"""What the sections of a paper are, beyond heading and text: a bill's articles, a verslag's
contributions per fractie, numbered questions and their answers.

The sections themselves are left as the body stage built them (the headings are what the text
prints); this stage only names their kind and number, and reads the questions and answers out
of them into ``Document.questions``.

    Artikel 1 / ARTIKEL 2.1 / Artikel I                        → kind "article", label "1"
    I / II / A / Na (the parts of an amendement or a nota van wijziging)  → "part", "II"
    Vragen en opmerkingen van de leden van de VVD-fractie      → kind "fractie", label "VVD"
    Vraag 3 / Antwoord op vraag 3 / Antwoord 3                 → "question" / "answer", "3"
    3 (over "…?" and its answer: a lijst van vragen en antwoorden) → "question", "3"
"""

from __future__ import annotations

import re

from ..model import Question, Section

# "Artikel 1", "ARTIKEL 2.1", "Artikel I", "Artikel 12a", "Art. 3"; a title may follow:
# "Artikel 1. Begripsbepalingen", "Artikel 1 (reikwijdte)"
_ARTICLE = re.compile(
    r"(?:Artikel|ARTIKEL|Art\.) (?P<n>[IVXLC]+[a-z]{0,2}|\d{1,3}(?:[.:]\d{1,3})*[a-z]{0,2})"
    r"(?:[.:]?\s+\S.*)?"
)
# "3", "3 en 4", "7, 8, en 9", "2 t/m 5"
_NUMBERS = r"\d{1,3}(?:(?:,? en |, | t/m | tot en met |-| )\d{1,3})*"
_QUESTION = re.compile(rf"(?:Vraag|Vragen)(?:\s+(?P<n>{_NUMBERS}))?:?")
_ANSWER = re.compile(
    rf"(?:Antwoord|Antwoorden)(?:\s+op\s+(?:vraag|vragen))?(?:\s+(?P<n>{_NUMBERS}))?:?"
)
_BARE_NUMBER = re.compile(r"\d{1,4}\.?")
# the parts (onderdelen) of an amendement or a nota van wijziging: "I", "II", "A", "Na" (a part
# inserted after N)
_PART = re.compile(r"(?P<n>[IVXLC]{1,6}|[A-Z][a-z]?)\.?")
# a verslag's contribution of one fractie (or of several together):
# "Vragen en opmerkingen van de CDA-fractie", "… van de leden van de VVD-fractie", "Inbreng
# van de leden van de GroenLinks-PvdA-fractie", "… van de leden van de fractie van de PVV",
# "… van de leden van de fracties van CDA en ChristenUnie"
_FRACTIE_HEADING = re.compile(
    r".*\b(?:van|vanuit) de\b.*(?:-fractie\b|\bfracties? van\b).*|\S+-fractie"
)
# the party names in such a heading: "VVD-fractie", "GroenLinks-PvdA-fractie", "fractie van
# de PVV", "fracties van CDA en ChristenUnie"
_FRACTIE_NAME = re.compile(r"([\w'’]+(?:-[\w'’]+)*?)-fractie\b")
_FRACTIE_OF = re.compile(
    r"\bfracties? van (?:de |het )?([\w'’-]+(?:(?:, | en )(?:de |het )?[\w'’-]+)*)"
)


def is_fractie_heading(text: str) -> bool:
    """A verslag's heading over one fractie's questions; it may run longer than other headings
    ("… van de leden van de fracties van GroenLinks en PvdA")."""
    return (
        len(text) <= 160 and bool(_FRACTIE_HEADING.fullmatch(text)) and bool(_fractie_names(text))
    )


def annotate_sections(sections: list[Section]) -> None:
    """Set ``kind`` and ``label`` on the sections whose heading is a structural unit."""
    for section in sections:
        kind, label = _kind(section)
        if kind is not None:
            section.kind, section.label = kind, label


def _kind(section: Section) -> tuple[str | None, str | None]:
    heading = (section.heading or "").strip()
    if not heading:
        return None, None
    if m := _ARTICLE.fullmatch(heading):
        return "article", m["n"]
    if m := _QUESTION.fullmatch(heading):
        return "question", m["n"]
    if m := _ANSWER.fullmatch(heading):
        return "answer", m["n"]
    if m := _PART.fullmatch(heading):
        return "part", m["n"]
    if _BARE_NUMBER.fullmatch(heading) and _asks(section):
        return "question", heading.rstrip(".")
    if is_fractie_heading(heading):
        return "fractie", ", ".join(_fractie_names(heading))
    return None, None


def _asks(section: Section) -> bool:
    """A bare number over a question: one of its first paragraphs asks ("…? (blz. 5)"); the
    first may give the context."""
    return any("?" in p.text[-40:] for p in section.paragraphs[:2])


def _fractie_names(heading: str) -> list[str]:
    names = [m.group(1) for m in _FRACTIE_NAME.finditer(heading)]
    for m in _FRACTIE_OF.finditer(heading):
        names += [n for n in re.split(r", | en ", m.group(1)) if n]
    return [re.sub(r"^(?:de|het) ", "", n) for n in names]


def read_questions(sections: list[Section]) -> list[Question]:
    """The questions and their answers, in order. An answer section answers every question
    before it that has none yet ("Vraag 1", "Vraag 2", "Antwoord op vraag 1 en 2"); a question
    that no answer section follows carries its answer after the question paragraphs (a lijst
    van vragen en antwoorden: "1" or "Vraag 1" over the question and the answer). An answer
    goes on under its own subheadings ("Antwoord op vraag 1:" / "Zvw" / … / "Wlz" / …) up to
    the next question. A paper with no such sections may number its questions inside their
    paragraphs (``read_numbered_questions``)."""
    questions: list[Question] = []
    pending: list[Question] = []  # asked, not yet answered
    answered: list[Question] = []  # the last answer's questions: a subheading extends it
    skip = False
    for k, section in enumerate(sections):
        if skip:
            skip = False
            continue
        texts = [p.text for p in section.paragraphs]
        nxt = sections[k + 1] if k + 1 < len(sections) else None
        if section.kind == "question" and not texts and nxt and nxt.kind is None and nxt.heading:
            # the question itself set apart like a heading under its label ("Vraag 1" / "Kent
            # u de uitzending …? 1)"): it is the question's text
            texts, skip = [nxt.heading, *(p.text for p in nxt.paragraphs)], True
        if section.kind == "question":
            after = k + 2 if skip else k + 1
            answered_below = any(s.kind == "answer" for s in sections[after : after + 1])
            asked, answer = (_join(texts), None) if answered_below else _split_question(texts)
            question = Question(section.label, asked, answer)
            questions.append(question)
            if answer is None:
                pending, answered = [*pending, question], []
            else:
                pending, answered = [], [question]
        elif section.kind == "answer" and pending:
            for question in pending:
                question.answer = _join(texts) or None
            pending, answered = [], pending
        elif section.kind is None and answered and section.heading is not None:
            for question in answered:
                question.answer = _join([question.answer or "", section.heading, *texts])
        else:
            pending, answered = [], []  # another part of the paper: it answers nothing
    return questions or read_numbered_questions(sections)


# a question numbered at the start of its own paragraph, as some lists of questions and answers
# print them (kst-31066-444, 2018): "1. Waar zijn de cijfers …?" over its answer's paragraphs
_NUMBERED_QUESTION = re.compile(r"(?P<n>\d{1,3})\. (?P<q>\S.*)", re.S)


def read_numbered_questions(sections: list[Section]) -> list[Question]:
    """The questions of a paper that numbers them inside their paragraphs, not in headings:
    a run of paragraphs "1. …?", "2. …?", … counting up from 1, each but the last with an
    answer after it. The answer is every paragraph up to the next question, also under a
    subheading. Empty where the paragraphs do not count up so (an ordinary numbered list
    asks nothing; a verslag's numbered questions have no answers between them)."""
    paragraphs = [(s.heading, p.text) for s in sections for p in s.paragraphs]
    questions: list[Question] = []
    answer: list[str] = []
    previous_heading: str | None = None
    for heading, text in paragraphs:
        m = _NUMBERED_QUESTION.match(text)
        if m and int(m["n"]) == len(questions) + 1 and "?" in text[-40:]:
            if questions and not answer:
                return []  # two questions in a row: a list of questions, not their answers
            if questions:
                questions[-1].answer = _join(answer)
            questions.append(Question(m["n"], m["q"]))
            answer, previous_heading = [], heading
        elif questions:
            if heading != previous_heading and heading:
                answer.append(heading)
                previous_heading = heading
            answer.append(text)
    if len(questions) < 2:
        return []
    questions[-1].answer = _join(answer) or None
    return questions


def _split_question(texts: list[str]) -> tuple[str, str | None]:
    """The question paragraphs (up to the first that asks, among the first three: a question
    may open with its context, and the asking ones right after it) and what follows them, the
    answer."""
    asked = next((i + 1 for i, text in enumerate(texts[:3]) if "?" in text), 1)
    while asked < len(texts) and "?" in texts[asked][-40:]:
        asked += 1  # "Zo ja, …?" / "Zo nee, waarom niet?": the question goes on
    return _join(texts[:asked]), _join(texts[asked:]) or None


def _join(texts: list[str]) -> str:
    return "\n\n".join(t for t in texts if t)
