"""Makes corpus/ from the raw seed articles in ../shared/seeds: metadata by hand, bodies by the cleaner.

Run once; the corpus it writes is committed. Kept so that anyone can see how each article was made.
"""

from __future__ import annotations

import sys
from pathlib import Path

from indexer.clean import clean_text
from indexer.corpus import render_article
from indexer.types import Article

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Read off each page: only what the page itself says; nothing guessed.
METADATA = {
    "000_57ca308082c6cc5c.txt": {
        "doc": "ask-a-manager-social-media-job-search",
        "publisher": "Ask a Manager",
        "author": "Alison Green",
    },
    "001_73c271620662e9c9.txt": {
        "doc": "social-etiquette-career-advancement",
        "publisher": "Unknown publisher",
    },
    "002_464ae609a2455067.txt": {
        "doc": "hays-connect-with-recruiter",
        "publisher": "Hays",
        "date": "2015-09-18",
    },
    "003_0a8326c44c68a5d2.txt": {
        "doc": "work-it-daily-follow-up-social-media",
        "publisher": "Work It Daily",
    },
    "004_ae9bce45c83f1291.txt": {
        "doc": "connect-with-interviewers-social-media",
        "publisher": "Unknown publisher (machine-reworded copy)",
    },
}


def main() -> None:
    """Write one Markdown article per seed and print what the cleaner removed from each."""
    CORPUS.mkdir(exist_ok=True)
    for name, metadata in METADATA.items():
        raw = (SEEDS / name).read_text(encoding="utf-8")
        title, _, rest = raw.partition("\n")
        cleaned = clean_text(rest)
        article = Article(
            doc=metadata["doc"],
            title=title.strip(),
            body=cleaned.text,
            publisher=metadata.get("publisher", ""),
            author=metadata.get("author", ""),
            date=metadata.get("date", ""),
            provenance=f"shared/seeds/{name}",
        )
        (CORPUS / f"{article.doc}.md").write_text(render_article(article), encoding="utf-8")
        print(f"{article.doc}: removed {len(cleaned.removed)} pieces", file=sys.stderr)
        for piece in cleaned.removed:
            print("   - " + piece.replace("\n", " | ")[:160], file=sys.stderr)


if __name__ == "__main__":
    main()
