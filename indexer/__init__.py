"""crossread: answers job-search questions from advice articles, source by source."""

__version__ = "0.1.0"
