"""Running the Streamlit page in AppTest, shared by the page's and the panels' tests."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from indexer.settings import PROJECT_ROOT

APP = PROJECT_ROOT / "app.py"
# The first run in a test process loads the model; later runs reuse it.
FIRST_RUN_SECONDS = 240


def run_app(question: str | None = None) -> AppTest:
    """The app run once, with `?q=question` in its URL when given."""
    app = AppTest.from_file(str(APP), default_timeout=120)
    if question is not None:
        app.query_params["q"] = question
    return app.run(timeout=FIRST_RUN_SECONDS)


def html_blocks(app: AppTest, css_class: str) -> list[str]:
    """The bodies of the app's st.html elements that hold an element of this class (the style sheet does not)."""
    pattern = re.compile(rf'class="{css_class}[" ]')
    return [element.value for element in app.html if pattern.search(element.value)]
