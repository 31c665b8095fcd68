"""Quoting the original below the reply, as mail clients do."""
from drafts.compose import quote


def test_hard_wrapped_lines_are_kept_whole():
    original = ("Thank you again for coming in for the final round last week - the team\n"
                "really enjoyed your presentation on the launch plan for our analytics product.\n")
    lines = quote(original).splitlines()
    assert lines == [
        "> Thank you again for coming in for the final round last week - the team",
        "> really enjoyed your presentation on the launch plan for our analytics product.",
    ]


def test_unwrapped_paragraph_is_wrapped():
    paragraph = " ".join(["word"] * 60)  # 299 characters on one line, as HTML mail flattens
    lines = quote(paragraph).splitlines()
    assert len(lines) > 3
    assert all(line.startswith("> ") and len(line) <= 76 for line in lines)
    assert " ".join(line[2:] for line in lines) == paragraph


def test_nested_quotes_deepen():
    assert quote("> earlier\nnew").splitlines() == [">> earlier", "> new"]
