"""The one error type the user sees: a message that says what is wrong and what to do."""


class CrossreadError(Exception):
    """A problem with the user's input or files, reported as one line; the CLI exits 2 on it."""


class BadInputError(CrossreadError):
    """The question, file or option the user gave cannot be used as it is."""


class IndexMissingError(CrossreadError):
    """There is no index where one was expected."""


class IndexMismatchError(CrossreadError):
    """The index on disk was built with another model, other settings or another format."""


class ArticleError(CrossreadError):
    """An article file that cannot be read or added (empty, binary, encrypted, duplicate...)."""


class DuplicateArticleError(ArticleError):
    """The article is already in the corpus, verbatim or behind other page furniture."""

    def __init__(self, message: str, existing_doc: str) -> None:
        super().__init__(message)
        self.existing_doc = existing_doc
